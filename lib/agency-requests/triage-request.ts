import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { UnitLevel } from "@/lib/generated/prisma/enums";
import { DEPARTMENT_OF_JUSTICE_CODE } from "@/lib/units/import-units";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { mayTriage } from "@/lib/agency-requests/scope";
import type { TTransition } from "@/lib/agency-requests/schemas";

export type TTriage = TTransition &
  ({ decision: "accept" } | { decision: "assign"; communeCode: string } | { decision: "return"; note: string } | { decision: "refuse"; note: string });

/**
 * Sở Tư pháp's decision on a filed request: accept it (Sở Tư pháp handles it), assign it to a
 * current commune (its officers handle it), return it to the agency for more information, or refuse
 * it with a reason. Only from SUBMITTED, and only at the version the page showed: the UPDATE's own
 * WHERE is the optimistic lock, so of two officers deciding at once exactly one wins.
 */
export async function triageRequest(actor: Actor, input: TTriage, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  if (!(await mayTriage(db, actor))) throw new AppError("NOT_FOUND", { message: "agencyRequest.triage outside province reach" });
  const request = await db.agencyRequest.findUnique({ where: { id: input.id }, select: { status: true, version: true } });
  if (!request) throw new AppError("NOT_FOUND", { message: `triage: ${input.id} missing` });
  if (request.status !== "SUBMITTED") throw new AppError("CONFLICT", { userMessage: m.wrongStatus(m.statuses[request.status]) });
  if (request.version !== input.version) throw new AppError("CONFLICT", { userMessage: m.stale });

  let handlingUnitId: string | null = null;
  if (input.decision === "accept" || input.decision === "assign") {
    const code = input.decision === "accept" ? DEPARTMENT_OF_JUSTICE_CODE : input.communeCode;
    const unit = await db.unit.findFirst({
      where: { code, active: true, ...(input.decision === "assign" ? { level: UnitLevel.COMMUNE } : {}) },
      select: { id: true },
    });
    if (!unit) throw new AppError("INVALID_INPUT", { fieldErrors: { communeCode: input.decision === "assign" && code ? m.communeUnknown : m.communeRequired } });
    handlingUnitId = unit.id;
  }
  const status = input.decision === "return" ? "RETURNED" : input.decision === "refuse" ? "REFUSED" : "ACCEPTED";
  const note = input.decision === "return" || input.decision === "refuse" ? input.note : null;
  const { count } = await db.agencyRequest.updateMany({
    where: { id: input.id, status: "SUBMITTED", version: input.version },
    data: { status, handlingUnitId, triagedAt: now, triagedById: actor.userId, triageNote: note, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("CONFLICT", { message: "triage: changed concurrently", userMessage: m.stale });
}
