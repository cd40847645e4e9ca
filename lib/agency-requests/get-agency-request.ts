import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { getSetting } from "@/lib/settings/settings";
import { dueFlag } from "@/lib/agency-requests/deadlines";
import { parseAnswerRecords } from "@/lib/agency-requests/records";
import { agencyRequestScope, handleWhere, mayTriage } from "@/lib/agency-requests/scope";
import { assertRowId } from "@/lib/validation/ids";

/**
 * One request the actor may see (scope in the query: anything else is NOT_FOUND), with its people,
 * its answer and what the actor may do now. The agency sees the outcome of each person only once
 * the request is answered.
 */
export async function getAgencyRequest(actor: Actor, id: string, deps?: Deps) {
  assertRowId(id);
  const { db, now } = resolveDeps(deps);
  const scope = await agencyRequestScope(db, actor);
  const request = await db.agencyRequest.findFirst({
    where: { AND: [{ id }, scope] },
    include: {
      agency: { select: { code: true, name: true } },
      handlingUnit: { select: { id: true, code: true, name: true } },
      createdBy: { select: { fullName: true } },
      people: { orderBy: { position: "asc" } },
      answer: { select: { id: true, number: true, symbol: true, year: true, code: true, issuedAt: true, signerName: true } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND", { message: `agency request ${id} not in scope of ${actor.username}` });
  const [settings, hours] = await Promise.all([getSetting(db, "agencyRequests"), getSetting(db, "serviceHours")]);
  const isAgency = actor.role === "AGENCY_USER";
  const handles = !isAgency && roleCan(actor.role, "agencyRequest.handle") && !!(await db.agencyRequest.count({ where: { AND: [{ id }, handleWhere(actor)] } }));
  const userIds = [request.triagedById, request.answeredById].filter((x): x is string => !!x);
  const users = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]));
  return {
    ...request,
    // The agency learns outcomes from the answer, not from the handler's work in progress.
    people: request.people.map((p) =>
      isAgency && request.status !== "ANSWERED" ? { ...p, records: [], outcome: "PENDING" as const, lookupId: null, checkedAt: null, checkedById: null } : { ...p, records: parseAnswerRecords(p.records) },
    ),
    flag: dueFlag(request, now, settings, hours.holidays),
    triagedByName: request.triagedById ? (users.get(request.triagedById) ?? null) : null,
    answeredByName: request.answeredById ? (users.get(request.answeredById) ?? null) : null,
    can: {
      refile: isAgency && request.status === "RETURNED",
      triage: !isAgency && request.status === "SUBMITTED" && (await mayTriage(db, actor)),
      handle: handles && request.status === "ACCEPTED",
    },
  };
}

export type AgencyRequestDetail = Awaited<ReturnType<typeof getAgencyRequest>>;
