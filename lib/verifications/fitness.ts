import "server-only";
import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import { parseRecords } from "@/lib/copies/records";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
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

/**
 * After a signature refused for the register's state today, the request keeps that state (quality and
 * suspected duplicate), so its page says why and the officer can ask the holding unit: a record put
 * in review after intake would otherwise stay unaskable. Changes only what differs; the request's
 * status and version stay as they are.
 */
export async function keepRegisterState(db: Db, copyRequestId: string, records: readonly CivilRecord[]): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await tx.civilRequest.findUnique({ where: { id: copyRequestId }, select: { records: true } });
    if (!request) return;
    const stored = parseRecords(request.records);
    let changed = false;
    const next = stored.map((s) => {
      const now = records.find((r) => r.id === s.recordId);
      if (!now || (now.quality === s.quality && (now.duplicateOf ?? null) === s.duplicateOf)) return s;
      changed = true;
      return { ...s, quality: now.quality, duplicateOf: now.duplicateOf ?? null };
    });
    if (changed) await tx.civilRequest.update({ where: { id: copyRequestId }, data: { records: next } });
  });
}
