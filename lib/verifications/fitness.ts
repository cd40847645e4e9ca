import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { isGatedQuality, notFitMessage, unfitRecords, type GateRecord } from "@/lib/verifications/gate";

/** The records among `recordIds` that the unit holding their register has confirmed (for every unit). */
export async function confirmedRecordIds(db: Db | Tx, recordIds: readonly string[]): Promise<Set<string>> {
  if (recordIds.length === 0) return new Set();
  const rows = await db.recordVerification.findMany({ where: { recordId: { in: [...recordIds] }, status: "CONFIRMED" }, select: { recordId: true }, distinct: ["recordId"] });
  return new Set(rows.map((r) => r.recordId));
}

/**
 * Refuses to go on (CONFLICT, with each record's reason in Vietnamese) when a record is not fit to
 * certify. Called inside the transaction that moves the request: a confirmation is never undone, so
 * what this reads cannot turn against the change before it commits.
 */
export async function assertFitToCertify(db: Db | Tx, records: readonly (GateRecord & { subjectName?: string })[]): Promise<void> {
  const gated = records.filter((r) => isGatedQuality(r.quality));
  if (gated.length === 0) return;
  const unfit = unfitRecords(gated, await confirmedRecordIds(db, gated.map((r) => r.recordId)));
  if (unfit.length === 0) return;
  throw new AppError("CONFLICT", { message: `records not fit to certify: ${unfit.map((r) => r.recordId).join(", ")}`, userMessage: notFitMessage(unfit) });
}
