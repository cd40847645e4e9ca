import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { writeAccessLogs } from "@/lib/audit/write-access-log";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import type { AgencyPersonOutcome } from "@/lib/generated/prisma/enums";
import { fetchRequestRecords, writeLogs } from "@/lib/copies/fetch-request-records";
import { loadForHandling } from "@/lib/agency-requests/load-for-handling";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { toAnswerRecord } from "@/lib/agency-requests/records";
import { storedMatch } from "@/lib/lookups/stored-matches";
import { assertRowId } from "@/lib/validation/ids";

export type TMarkPerson = { agencyRequestId: string; personId: string; outcome: Exclude<AgencyPersonOutcome, "PENDING">; recordIds: string[]; ip: string | null };

/**
 * The handler records what the lookup of one person gave: FOUND (the records to give, at least
 * one), AMBIGUOUS (the candidates, at least two, none given) or NOT_FOUND. The records must be
 * among the results of the person's own lookup for this request; they are read again from the
 * register under the request's purpose (one access-log row each) and kept as the answer will show
 * them. The request's version is bumped, so an answer prepared on an older page is refused.
 */
export async function markPerson(actor: Actor, input: TMarkPerson, deps?: Deps): Promise<void> {
  assertRowId(input.personId);
  const { db, now } = resolveDeps(deps);
  const request = await loadForHandling(db, actor, input.agencyRequestId);
  const person = await db.agencyRequestPerson.findFirst({ where: { id: input.personId, requestId: request.id }, select: { id: true, lookupId: true } });
  if (!person) throw new AppError("NOT_FOUND", { message: `person ${input.personId} not in ${request.code}` });
  const lookup = person.lookupId
    ? await db.lookup.findFirst({ where: { id: person.lookupId, unitId: request.handlingUnit.id, purposeKind: "AGENCY_REQUEST", purposeRef: request.code }, select: { id: true, resultIds: true, matchedParties: true } })
    : null;
  if (!lookup) throw new AppError("INVALID_INPUT", { fieldErrors: { records: m.searchFirst } });
  const recordIds = [...new Set(input.recordIds)];
  if (recordIds.some((id) => !lookup.resultIds.includes(id))) throw new AppError("INVALID_INPUT", { message: "record not from the person's lookup", fieldErrors: { records: m.recordsRequired } });
  if (input.outcome === "FOUND" && recordIds.length < 1) throw new AppError("INVALID_INPUT", { fieldErrors: { records: m.recordsRequired } });
  if (input.outcome === "AMBIGUOUS" && recordIds.length < 2) throw new AppError("INVALID_INPUT", { fieldErrors: { records: m.candidatesRequired } });
  const chosen = input.outcome === "NOT_FOUND" ? [] : recordIds;

  const purpose = { kind: "AGENCY_REQUEST" as const, receiptNumber: request.code, legalBasis: request.legalBasis, lookupId: lookup.id, unit: request.handlingUnit, ip: input.ip };
  const { records, logs } = chosen.length ? await fetchRequestRecords(db, actor, purpose, chosen, now, deps) : { records: [], logs: [] };
  const holderCodes = [...new Set(records.map((r) => r.registration.currentCommuneCode).filter((c): c is string => !!c))];
  const holders = new Map((await db.unit.findMany({ where: { code: { in: holderCodes } }, select: { code: true, name: true } })).map((u) => [u.code, u.name]));
  // Each record gives the person the lookup found it through: the one the agency asked about.
  const stored = records.map((r) => toAnswerRecord(r, holders.get(r.registration.currentCommuneCode ?? "") ?? null, input.outcome === "FOUND", storedMatch(lookup.matchedParties, r)));

  try {
    await db.$transaction(async (tx) => {
      const { count } = await tx.agencyRequest.updateMany({ where: { id: request.id, status: "ACCEPTED" }, data: { version: { increment: 1 } } });
      if (count !== 1) throw new AppError("CONFLICT", { userMessage: m.stale });
      await tx.agencyRequestPerson.update({
        where: { id: person.id },
        data: { outcome: input.outcome, records: stored, checkedAt: now, checkedById: actor.userId },
      });
      // Last: the access log's head stays locked until commit.
      await writeAccessLogs(tx, logs, now);
    });
  } catch (error) {
    await writeLogs(db, logs, now);
    throw error;
  }
}
