import "server-only";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/client";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { parseRecords } from "@/lib/copies/records";
import { isGatedQuality } from "@/lib/verifications/gate";
import { fieldErrorsOf, ZSendVerification, type TSendVerification } from "@/lib/verifications/schemas";
import { holdingUnitFor } from "@/lib/verifications/scope";
import { verificationTexts as t } from "@/lib/verifications/texts";

const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === "P2002";

/** The question that makes a new one needless: a confirmation (anyone's), else the unit's pending one. */
function standing(db: Db | Tx, recordId: string, askingUnitId: string) {
  return db.recordVerification.findFirst({
    where: { recordId, OR: [{ status: "CONFIRMED" }, { status: "PENDING", askingUnitId }] },
    // Enum order PENDING < CONFIRMED < REJECTED: descending puts a confirmation first.
    orderBy: [{ status: "desc" }, { askedAt: "desc" }],
    select: { id: true, status: true, holdingUnit: { select: { id: true, code: true, name: true } } },
  });
}

export type SentVerification = { id: string; status: VerificationStatus; holdingUnit: { id: string; code: string; name: string }; created: boolean };

/**
 * The officer of the unit that took a request asks the unit keeping a record's register to confirm
 * it (the record is in review or suspected duplicate, so the request cannot be certified yet).
 * Reads no citizen data: what the request kept of the record (its register holder and state) is
 * enough. Idempotent: while the unit's question is pending, or once anyone's was confirmed, sending
 * again returns that one; two sends at once meet the database's one-pending rule and the loser gets
 * the winner's row.
 */
export async function sendVerification(actor: Actor, raw: TSendVerification, deps?: Deps): Promise<SentVerification> {
  const { db, now } = resolveDeps(deps);
  const parsed = ZSendVerification.safeParse(raw);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { message: "bad verification request", fieldErrors: fieldErrorsOf(parsed.error) });
  const input = parsed.data;

  let askingUnitId: string | null = null;
  try {
    return await db.$transaction(async (tx) => {
      // Scope in the query: another unit's request is as absent as a missing one.
      const request = await tx.civilRequest.findFirst({ where: { id: input.requestId, ...scopeWhere(actor, "verification.request") }, select: { id: true, unitId: true, status: true, records: true } });
      if (!request) throw new AppError("NOT_FOUND", { message: `verification.request: request ${input.requestId} not in scope` });
      askingUnitId = request.unitId;
      if (request.status !== "RECEIVED" && request.status !== "PREPARED") throw new AppError("CONFLICT", { message: `verification from ${request.status}`, userMessage: t.requestClosed });
      const record = parseRecords(request.records).find((r) => r.recordId === input.recordId);
      if (!record) throw new AppError("INVALID_INPUT", { message: "record not in request", fieldErrors: { recordId: t.recordNotInRequest } });
      if (!isGatedQuality(record.quality)) throw new AppError("INVALID_INPUT", { message: `record quality ${record.quality}`, fieldErrors: { recordId: t.noNeed } });

      const found = await standing(tx, record.recordId, request.unitId);
      if (found) return { ...found, created: false };

      const holder = await holdingUnitFor(tx, record.currentCommuneCode);
      const created = await tx.recordVerification.create({
        data: {
          recordId: record.recordId, recordType: record.type, requestId: request.id, askingUnitId: request.unitId, askedById: actor.userId, askedAt: now,
          holdingUnitId: holder.id, quality: record.quality, duplicateOf: record.duplicateOf, note: input.note,
        },
        select: { id: true, status: true },
      });
      return { ...created, holdingUnit: holder, created: true };
    });
  } catch (error) {
    // Someone of the unit sent the same question at the same moment: theirs is the one.
    if (isUniqueViolation(error) && askingUnitId) {
      const winner = await standing(db, parsed.data.recordId, askingUnitId);
      if (winner) return { ...winner, created: false };
    }
    throw error;
  }
}
