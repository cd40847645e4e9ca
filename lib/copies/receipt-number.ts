import type { Tx } from "@/lib/db/client";
import type { RequestKind } from "@/lib/generated/prisma/enums";
import { takeNextNumber } from "@/lib/copies/allocate-document-number";

const PREFIX: Record<RequestKind, string> = { COPY: "BS", CONFIRMATION: "XN" };

/**
 * Takes the next receipt number of a unit for a kind and year, inside the caller's transaction;
 * the unique key (unitId, receiptNumber) on civil_requests backs it up.
 */
export async function reserveReceiptNumber(tx: Tx, unitId: string, kind: RequestKind, year: number): Promise<string> {
  return formatReceiptNumber(kind, year, await takeNextNumber(tx, "receipt", unitId, kind, year));
}

/** "BS-2026-000123", "XN-2026-000045". */
export function formatReceiptNumber(kind: RequestKind, year: number, n: number): string {
  return `${PREFIX[kind]}-${year}-${String(n).padStart(6, "0")}`;
}

/** The request kind a receipt number belongs to, or null for anything else. */
export function kindOfReceiptNumber(receipt: string): RequestKind | null {
  const m = /^(BS|XN)-\d{4}-\d{6,}$/.exec(receipt);
  if (!m) return null;
  return m[1] === "BS" ? "COPY" : "CONFIRMATION";
}

/** Whether a string is a draft reference of an intake ("NHAP-" and 10 base32 characters). */
export function isDraftReference(s: string): boolean {
  return /^NHAP-[0-9A-HJKMNP-TV-Z]{10}$/.test(s);
}
