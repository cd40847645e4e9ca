import "server-only";
import { isUpstreamError } from "@/lib/adapters/errors";
import { issueOfficerCredential } from "@/lib/adapters/population/credential";
import type { Actor } from "@/lib/auth/actor";
import type { AccessLogEntry } from "@/lib/audit/write-access-log";
import { todayInVietnam } from "@/lib/text/dates";
import type { Db } from "@/lib/db/client";
import { resolveSystems, type Deps } from "@/lib/server/deps";
import { env } from "@/lib/server/env";
import { findValidGrant } from "@/lib/grants/valid-grant";
import { REQUEST_LEGAL_BASIS } from "@/lib/copies/schemas";
import type { RequestPurpose } from "@/lib/copies/fetch-request-records";
import { wantsPopulationCheck, type PopulationAnswer, type RequesterFacts } from "@/lib/copies/requester-rules";

/**
 * What the National Population Database says of the number a requester asking for their own
 * events presents: asked only when the officer holds a population-database grant in force and the
 * number is a citizen's (12 digits). The call is a look at citizen data like any other: its
 * access-log row (purpose = the request) is appended to `logs`, which the caller writes with the
 * request or, when it is refused, on their own. Null when not asked or when the system failed: the
 * check is then against the record only, and the request says so.
 */
export async function checkRequesterInPopulation(
  db: Db, actor: Actor, facts: Pick<RequesterFacts, "relation" | "requesterIdNumber">,
  ctx: RequestPurpose & { now: Date; logs: AccessLogEntry[] }, deps?: Deps,
): Promise<PopulationAnswer> {
  if (!wantsPopulationCheck(facts)) return null;
  const grant = await findValidGrant(db, actor.userId, todayInVietnam(ctx.now));
  if (!grant) return null;
  const { population } = resolveSystems(deps);
  const credential = issueOfficerCredential(env().population.credentialSecret, {
    officerId: actor.username, unitCode: ctx.unit.code, grantDecision: grant.decisionNumber ?? grant.id,
    validUntil: grant.validUntil ? grant.validUntil.toISOString().slice(0, 10) : "9999-12-31", issuedAt: ctx.now.toISOString(),
  });
  const entry = {
    userId: actor.userId, actorLabel: actor.username, unitId: ctx.unit.id, unitCode: ctx.unit.code, system: "POPULATION" as const, operation: "GET_CITIZEN" as const,
    purposeKind: ctx.kind, purposeRef: ctx.receiptNumber, legalBasis: ctx.legalBasis ?? REQUEST_LEGAL_BASIS, lookupId: ctx.lookupId, ip: ctx.ip,
    query: { personalId: facts.requesterIdNumber },
  };
  try {
    const citizen = await population.getCitizen(facts.requesterIdNumber, credential, {});
    ctx.logs.push({ ...entry, resultIds: citizen ? [citizen.personalId] : [], outcome: citizen ? "FOUND" : "NOT_FOUND" });
    return citizen ? { status: "found", fullName: citizen.fullName, dateOfBirth: citizen.dateOfBirth } : { status: "not_found" };
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    ctx.logs.push({ ...entry, resultIds: [], outcome: error.kind === "refused" ? "REFUSED" : "UPSTREAM_FAILURE", errorKind: error.kind === "refused" ? (error.upstreamCode ?? error.kind) : error.kind });
    return null;
  }
}
