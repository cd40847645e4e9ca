import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { handleWhere } from "@/lib/agency-requests/scope";
import { assertRowId } from "@/lib/validation/ids";

/**
 * A request the actor handles, ACCEPTED, with its handling unit: scope in the query (a request of
 * another unit is NOT_FOUND), status checked after (an answered one is a CONFLICT).
 */
export async function loadForHandling(db: Db | Tx, actor: Actor, agencyRequestId: string) {
  assertRowId(agencyRequestId);
  const request = await db.agencyRequest.findFirst({
    where: { id: agencyRequestId, ...handleWhere(actor) },
    select: {
      id: true, code: true, status: true, version: true, legalBasis: true, recordKinds: true, letterNumber: true, letterDate: true, reason: true,
      agency: { select: { name: true } },
      handlingUnit: { select: { id: true, code: true, name: true } },
    },
  });
  if (!request || !request.handlingUnit) throw new AppError("NOT_FOUND", { message: `handle: ${agencyRequestId} not in scope of ${actor.username}` });
  if (request.status !== "ACCEPTED") throw new AppError("CONFLICT", { userMessage: m.wrongStatus(m.statuses[request.status]) });
  return { ...request, handlingUnit: request.handlingUnit };
}
