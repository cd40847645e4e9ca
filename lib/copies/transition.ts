import "server-only";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { messages } from "@/lib/text/messages";
import type { TTransitionInput } from "@/lib/copies/schemas";
import { assertRowId } from "@/lib/validation/ids";
import { enqueueStatusCallback } from "@/lib/api-callbacks/outbox";

const m = messages.copies;

const SELECT = {
  id: true, unitId: true, kind: true, channel: true, status: true, version: true, receiptNumber: true, lookupId: true,
  records: true, purposeText: true, copies: true, subjectName: true, feeTotal: true,
  documents: { select: { id: true, revokedAt: true }, orderBy: { issuedAt: "desc" }, take: 1 },
} as const satisfies Prisma.CivilRequestSelect;

export type TransitionSubject = Prisma.CivilRequestGetPayload<{ select: typeof SELECT }>;

/**
 * Loads a request for a change, inside the actor's jurisdiction for `action` (scope in the query:
 * out of scope is NOT_FOUND, exactly like missing), and checks the version the page showed and the
 * statuses the change starts from: anything else is a CONFLICT, so a stale page never acts.
 */
export async function loadForTransition(db: Db | Tx, actor: Actor, action: Action, input: TTransitionInput, from: readonly RequestStatus[]): Promise<TransitionSubject> {
  assertRowId(input.id);
  const request = await db.civilRequest.findFirst({ where: { id: input.id, ...scopeWhere(actor, action) }, select: SELECT });
  if (!request) throw new AppError("NOT_FOUND", { message: `${action}: request ${input.id} not in scope` });
  if (request.version !== input.version) throw new AppError("CONFLICT", { message: `stale version ${input.version} (now ${request.version})` });
  if (!from.includes(request.status)) throw new AppError("CONFLICT", { message: `${action} from ${request.status}`, userMessage: m.wrongStatus(m.statuses[request.status]) });
  return request;
}

/**
 * Applies a change if — and only if — the row still has the version and a starting status: the
 * UPDATE's own WHERE is the optimistic lock, so of two people acting at once exactly one wins and
 * the other gets a CONFLICT. Bumps the version.
 */
export async function applyTransition(tx: Tx, input: TTransitionInput, from: readonly RequestStatus[], data: Prisma.CivilRequestUpdateManyMutationInput): Promise<void> {
  const { count } = await tx.civilRequest.updateMany({
    where: { id: input.id, version: input.version, status: { in: [...from] } },
    data: { ...data, version: { increment: 1 } },
  });
  if (count !== 1) throw new AppError("CONFLICT", { message: `request ${input.id} changed concurrently` });
  // A request the TTHC system filed: its callback, in this very transaction (lib/api-callbacks).
  await enqueueStatusCallback(tx, input.id);
}

/** A request whose document was revoked goes no further (issue, delivery). */
export function assertNotRevoked(request: TransitionSubject): void {
  if (request.documents[0]?.revokedAt) throw new AppError("CONFLICT", { message: "document revoked", userMessage: m.documentRevoked });
}

/**
 * One transition, one transaction: load (scoped, version, status), check, update. For the simple
 * changes that touch nothing but the request.
 */
export async function transition(
  db: Db,
  actor: Actor,
  action: Action,
  input: TTransitionInput,
  from: readonly RequestStatus[],
  data: Prisma.CivilRequestUpdateManyMutationInput,
  check?: (request: TransitionSubject) => void,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const request = await loadForTransition(tx, actor, action, input, from);
    check?.(request);
    await applyTransition(tx, input, from, data);
  });
}
