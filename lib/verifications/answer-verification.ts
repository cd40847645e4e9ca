import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { fieldErrorsOf, ZAnswerVerification, type TAnswerVerification } from "@/lib/verifications/schemas";
import { answerWhere } from "@/lib/verifications/scope";
import { verificationTexts as t } from "@/lib/verifications/texts";

/**
 * The unit keeping the register answers a verification: Xác nhận (CONFIRMED: the record is fit to
 * certify, for every unit) or Không xác nhận (REJECTED, with the reason). Only the holding unit's
 * officer or signer, or Sở Tư pháp for registers outside the province (scope in the query: anyone
 * else gets NOT_FOUND); never the officer who asked. One transaction; the version the page showed
 * is the optimistic lock, so two answers at once cannot both land.
 */
export async function answerVerification(actor: Actor, raw: TAnswerVerification, deps?: Deps): Promise<{ status: VerificationStatus }> {
  const { db, now } = resolveDeps(deps);
  const parsed = ZAnswerVerification.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    // A malformed id names no row of the actor's: as absent as a missing one.
    if (fieldErrors.id || fieldErrors.version) throw new AppError("NOT_FOUND", { message: "malformed verification id" });
    throw new AppError("INVALID_INPUT", { message: "bad verification answer", fieldErrors });
  }
  const input = parsed.data;
  const status: VerificationStatus = input.decision === "CONFIRM" ? "CONFIRMED" : "REJECTED";

  return db.$transaction(async (tx) => {
    const v = await tx.recordVerification.findFirst({ where: { id: input.id, ...answerWhere(actor) }, select: { id: true, status: true, version: true, askedById: true } });
    if (!v) throw new AppError("NOT_FOUND", { message: `verification ${input.id} not answerable by ${actor.username}` });
    if (v.status !== "PENDING") throw new AppError("CONFLICT", { message: `verification already ${v.status}`, userMessage: t.alreadyAnswered(t.statuses[v.status]) });
    if (v.version !== input.version) throw new AppError("CONFLICT", { message: `stale version ${input.version} (now ${v.version})` });
    if (v.askedById === actor.userId) throw new AppError("INVALID_INPUT", { message: "asker answering own question", userMessage: t.notOwnQuestion });
    const { count } = await tx.recordVerification.updateMany({
      where: { id: v.id, version: v.version, status: "PENDING" },
      data: { status, answer: input.answer, answeredById: actor.userId, answeredAt: now, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: `verification ${v.id} changed concurrently` });
    return { status };
  });
}
