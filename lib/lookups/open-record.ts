import "server-only";
import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import type { Citizen, PopulationPort } from "@/lib/adapters/population/port";
import { isUpstreamError, type UpstreamError, type UpstreamErrorKind } from "@/lib/adapters/errors";
import { issueOfficerCredential } from "@/lib/adapters/population/credential";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { writeAccessLogs, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { todayInVietnam } from "@/lib/text/dates";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/server/deps";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/errors/app-error";
import type { Db } from "@/lib/db/client";
import { upstreamAppError, upstreamNotice } from "@/lib/errors/upstream-error";
import { findValidGrant } from "@/lib/grants/valid-grant";
import { compareWithPopulation, peopleOf, type ComparedField } from "@/lib/lookups/compare";
import type { MatchedParty } from "@/lib/lookups/parties";
import { storedMatch } from "@/lib/lookups/stored-matches";
import { assertRecordId, assertRowId } from "@/lib/validation/ids";
import { candidateLine, candidateQueryFor, type LinkDecision } from "@/lib/lookups/person-links";

export type PopulationView =
  | { status: "found"; role: string; citizen: Citizen; comparison: ComparedField[] }
  | { status: "not_found"; role: string }
  /** A person without an ID number: population candidates (with a grant), each with the decisions recorded on it. */
  | { status: "no_id"; role: string; partyKey: string; recordName: string; search: "none" | "no_date" | "done"; candidates: CandidateView[] }
  | { status: "no_grant" }
  /** The population database failed for this person: how, and the officer's notice naming the system. */
  | { status: "failed"; role: string; kind: UpstreamErrorKind; message: string };

export type CandidateView = {
  personalId: string;
  fullName: string;
  dateOfBirth: string;
  score: number;
  /** "Lê Văn Tám 052079005518, 15/01/1979 — tên khác: Tâm/Tám; tháng, năm sinh khớp". */
  line: string;
  /** The latest decision recorded on this candidate for this person of the record. */
  decision: { decision: LinkDecision; username: string; at: Date } | null;
};

export type OpenedRecord = {
  record: CivilRecord;
  /** The person the lookup found this record through (the page's header names them); null: no one in particular. */
  matched: MatchedParty | null;
  lookup: { id: string; purposeKind: string; purposeRef: string | null; createdAt: Date };
  currentUnit: { code: string; name: string } | null;
  population: PopulationView[];
};

/**
 * Opens one record of a lookup's results, with the population database's data on the same people.
 * Only the officer who made the lookup, inside their jurisdiction, and only a record that lookup
 * returned: the purpose stated for the search covers the opening. Every call to each system is
 * logged, a refusal for want of a grant included; nothing is shown until those rows are written.
 */
export async function openRecord(actor: Actor, lookupId: string, recordId: string, ip: string | null, deps?: Deps): Promise<OpenedRecord> {
  const { db, now } = resolveDeps(deps);
  if (!roleCan(actor.role, "record.lookup")) throw new AppError("NOT_FOUND");
  assertRowId(lookupId);
  assertRecordId(recordId);
  const lookup = await db.lookup.findFirst({
    where: { id: lookupId, userId: actor.userId, unitId: { in: [...actor.unitIds] }, resultIds: { has: recordId } },
    select: { id: true, purposeKind: true, purposeRef: true, legalBasis: true, createdAt: true, matchedParties: true, unit: { select: { id: true, code: true } } },
  });
  if (!lookup) throw new AppError("NOT_FOUND", { message: "record not in a lookup of this officer" });

  const systems = resolveSystems(deps);
  const ctx = { officerId: actor.username, unitCode: lookup.unit.code };
  const base = {
    userId: actor.userId, actorLabel: actor.username, unitId: lookup.unit.id, unitCode: lookup.unit.code,
    purposeKind: lookup.purposeKind, purposeRef: lookup.purposeRef, legalBasis: lookup.legalBasis, lookupId: lookup.id, ip,
  };
  const logs: AccessLogEntry[] = [];

  const persist = () => db.$transaction((tx) => writeAccessLogs(tx, logs, now));

  let record: CivilRecord | null = null;
  try {
    record = await systems.civilRegistry.getRecord(recordId, ctx);
    logs.push({ ...base, system: "CIVIL_REGISTRY", operation: "GET_RECORD", query: { recordId }, resultIds: record ? [record.id] : [], outcome: record ? "FOUND" : "NOT_FOUND" });
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    logs.push({ ...base, system: "CIVIL_REGISTRY", operation: "GET_RECORD", query: { recordId }, resultIds: [], outcome: error.kind === "refused" ? "REFUSED" : "UPSTREAM_FAILURE", errorKind: errorKindOf(error) });
    await persist();
    throw upstreamAppError(error);
  }

  const population: PopulationView[] = [];
  const matched = record ? storedMatch(lookup.matchedParties, record) : null;
  if (record) {
    try {
      await lookUpPopulation({ db, now, actor, unitCode: lookup.unit.code, record, matchedKey: matched?.key, population: systems.population, base, logs, views: population });
    } catch (error) {
      // Whatever went wrong on the population side, the register was read: that look is logged.
      await persist();
      throw error;
    }
  }

  // No log rows, no data: the page renders only after these rows are committed.
  await persist();
  if (!record) throw new AppError("NOT_FOUND", { message: "record vanished upstream" });
  const code = record.registration.currentCommuneCode;
  const currentUnit = code ? await db.unit.findUnique({ where: { code }, select: { code: true, name: true } }) : null;
  return { record, matched, lookup: { id: lookup.id, purposeKind: lookup.purposeKind, purposeRef: lookup.purposeRef, createdAt: lookup.createdAt }, currentUnit, population };
}

/** What the access log records of a failure: a refusal's own code (GRANT_EXPIRED…), else the kind. */
function errorKindOf(error: UpstreamError): string {
  return error.kind === "refused" ? (error.upstreamCode ?? error.kind) : error.kind;
}

/**
 * The population database's data on each person of the record, with a log entry per look: refused
 * for want of a grant, or one GET_CITIZEN per person with an ID number. A failure of that system
 * becomes a notice beside the record (the register's data is still shown), never an error page.
 */
async function lookUpPopulation(a: {
  db: Db; now: Date; actor: Actor; unitCode: string; record: CivilRecord; matchedKey: string | undefined; population: PopulationPort;
  base: Omit<AccessLogEntry, "system" | "operation" | "query" | "resultIds" | "outcome">; logs: AccessLogEntry[]; views: PopulationView[];
}): Promise<void> {
  const { actor, base, logs, views } = a;
  const grant = await findValidGrant(a.db, actor.userId, todayInVietnam(a.now));
  const people = peopleOf(a.record, a.matchedKey); // the person asked about first
  if (!grant && people.length) {
    views.push({ status: "no_grant" });
    logs.push({ ...base, system: "POPULATION", operation: "GET_CITIZEN", query: { personalIds: people.map((p) => p.person.personalId) }, resultIds: [], outcome: "REFUSED", errorKind: "no_grant" });
  }
  for (const { key, role, person } of grant ? people : []) {
    const credential = issueOfficerCredential(env().population.credentialSecret, {
      officerId: actor.username, unitCode: a.unitCode, grantDecision: grant!.decisionNumber ?? grant!.id,
      validUntil: grant!.validUntil ? grant!.validUntil.toISOString().slice(0, 10) : "9999-12-31", issuedAt: a.now.toISOString(),
    });
    if (!person.personalId) {
      views.push(await candidatesFor({ ...a, key, role, person, credential }));
      continue;
    }
    const entry = { ...base, system: "POPULATION" as const, operation: "GET_CITIZEN" as const, query: { personalId: person.personalId } };
    try {
      const citizen = await a.population.getCitizen(person.personalId, credential, {});
      logs.push({ ...entry, resultIds: citizen ? [citizen.personalId] : [], outcome: citizen ? "FOUND" : "NOT_FOUND" });
      views.push(citizen ? { status: "found", role, citizen, comparison: compareWithPopulation(person, citizen) } : { status: "not_found", role });
    } catch (error) {
      if (!isUpstreamError(error)) throw error;
      logs.push({ ...entry, resultIds: [], outcome: error.kind === "refused" ? "REFUSED" : "UPSTREAM_FAILURE", errorKind: errorKindOf(error) });
      views.push({ status: "failed", role, kind: error.kind, message: upstreamNotice(error) });
    }
  }
}

/**
 * For a person without an ID number: the population database's candidates (one FIND_CANDIDATES row
 * in the access log, like any population read), each with the latest decision recorded on it.
 */
async function candidatesFor(a: {
  db: Db; record: CivilRecord; key: string; role: string; person: CivilRecord["subject"] & object; credential: string; population: PopulationPort;
  base: Omit<AccessLogEntry, "system" | "operation" | "query" | "resultIds" | "outcome">; logs: AccessLogEntry[];
}): Promise<PopulationView> {
  const view = { status: "no_id" as const, role: a.role, partyKey: a.key, recordName: a.person.fullName };
  const query = candidateQueryFor(a.record, a.key, a.person);
  if (!query) return { ...view, search: "no_date", candidates: [] };
  const entry = { ...a.base, system: "POPULATION" as const, operation: "FIND_CANDIDATES" as const, query: { recordId: a.record.id, partyKey: a.key, ...query } };
  try {
    const found = await a.population.findCandidates(query, a.credential, {});
    a.logs.push({ ...entry, resultIds: found.map((c) => c.citizen.personalId), outcome: found.length ? "FOUND" : "NOT_FOUND" });
    const decisions = found.length
      ? await a.db.recordPersonLink.findMany({
          where: { recordId: a.record.id, partyKey: a.key, personalId: { in: found.map((c) => c.citizen.personalId) } },
          orderBy: { createdAt: "desc" },
          select: { personalId: true, decision: true, username: true, createdAt: true },
        })
      : [];
    const candidates = found.map((c): CandidateView => {
      const d = decisions.find((x) => x.personalId === c.citizen.personalId);
      return {
        personalId: c.citizen.personalId, fullName: c.citizen.fullName, dateOfBirth: c.citizen.dateOfBirth, score: c.score,
        line: candidateLine(a.person.fullName, c),
        decision: d ? { decision: d.decision as LinkDecision, username: d.username, at: d.createdAt } : null,
      };
    });
    return { ...view, search: found.length ? "done" : "none", candidates };
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    a.logs.push({ ...entry, resultIds: [], outcome: error.kind === "refused" ? "REFUSED" : "UPSTREAM_FAILURE", errorKind: errorKindOf(error) });
    return { status: "failed", role: a.role, kind: error.kind, message: upstreamNotice(error) };
  }
}
