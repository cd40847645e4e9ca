import type { Tx } from "@/lib/db/client";
import type { RequestKind } from "@/lib/generated/prisma/enums";

const PREFIX: Record<RequestKind, string> = { COPY: "BS", CONFIRMATION: "XN" };

/**
 * Takes the next receipt number of a unit for a kind and year, inside the caller's transaction.
 * The row lock of receipt_series queues concurrent officers, so none gets the same number; the
 * unique key (unitId, receiptNumber) on civil_requests backs it up.
 */
export async function reserveReceiptNumber(tx: Tx, unitId: string, kind: RequestKind, year: number): Promise<string> {
  await tx.$executeRaw`
    INSERT INTO "receipt_series" ("unitId", "kind", "year", "next") VALUES (${unitId}, ${kind}::"RequestKind", ${year}, 1)
    ON CONFLICT ("unitId", "kind", "year") DO NOTHING`;
  const [row] = await tx.$queryRaw<{ number: number }[]>`
    UPDATE "receipt_series" SET "next" = "next" + 1
    WHERE "unitId" = ${unitId} AND "kind" = ${kind}::"RequestKind" AND "year" = ${year}
    RETURNING "next" - 1 AS "number"`;
  if (!row) throw new Error("receipt series row missing after upsert");
  return formatReceiptNumber(kind, year, Number(row.number));
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
