import "server-only";
import { randomInt } from "node:crypto";
import { hostname } from "node:os";
import type { CivilSearchResult } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError, type UpstreamError } from "@/lib/adapters/errors";
import { can } from "@/lib/auth/actor";
import { prepareAccessLogAppend, type AppendedRow } from "@/lib/audit/write-access-log";
import type { Db } from "@/lib/db/client";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/deps";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { logRefusedLookup } from "@/lib/lookups/log-refused-lookup";
import { upstreamAppError } from "@/lib/upstream-error";
import { requesterIds, requesterLabel, type Requester } from "@/lib/lookups/requester";
import { checkPurpose, describePurpose, dossierCte, dossierOfOtherProcedure, type PurposeCheck } from "@/lib/lookups/check-purpose";
import { matchedParty } from "@/lib/lookups/parties";
import { toResultItem, type LookupResultItem } from "@/lib/lookups/result-item";
import { matchEntry, type StoredMatches } from "@/lib/lookups/stored-matches";
import type { TLookupInput } from "@/lib/lookups/schemas";

export type SearchRecordsResult = { lookupId: string; results: LookupResultItem[]; truncated: boolean };

function mayLookUpFor(requester: Requester, unitId: string): boolean {
  return requester.kind === "user" ? can(requester.actor, "record.lookup", unitId) : requester.client.unitIds.includes(unitId);
}

/**
 * Searches the Ministry of Justice's registers under a stated purpose, for one unit.
 *
 * The purpose is checked before the national system is called; the lookup, the dossier and the
 * access-log row are written in one transaction (one statement, recordLookup) after it answers —
 * found, not found, refused or failed alike — and results are returned only once it has committed.
 * A look refused before that (a unit out of reach, a purpose that does not hold) writes one REFUSED
 * row with its reason instead (logRefusedLookup), and a failed one names the system to the officer.
 * Two round trips to the database per system-API lookup (three from the portal's form, whose
 * session is checked apart): each costs CPU on both sides, and the access-log head lock
 * serialises the writes of every instance.
 */
export async function searchRecords(requester: Requester, input: TLookupInput & { unitId: string; checked?: PurposeCheck }, deps?: Deps): Promise<SearchRecordsResult> {
  const { db, now } = resolveDeps(deps);
  // A refused look is logged too (REFUSED, with its reason), then reported.
  const refused = (error: unknown) => logRefusedLookup(db, error, { requester, unit: { id: input.unitId }, input, now });
  // Scope first, and as "not found": a unit outside the requester's reach looks like no unit.
  if (!mayLookUpFor(requester, input.unitId)) throw await refused(new AppError("NOT_FOUND", { message: "lookup outside jurisdiction", refusal: "out_of_jurisdiction" }));
  // The unit and the purpose, in one round trip (a read: no transaction needed), unless the caller
  // checked them already in its own (the system API, with the key: authenticateForLookup).
  const check = input.checked?.unit.id === input.unitId ? input.checked : await checkPurpose(db, input.unitId, input.purpose).catch(async (error: unknown) => {
    throw await refused(error);
  });
  const unit = check.unit;

  const { civilRegistry } = resolveSystems(deps);
  const ctx = { officerId: requesterLabel(requester), unitCode: unit.code };
  let answer: CivilSearchResult | null = null;
  let failure: UpstreamError | null = null;
  try {
    answer = await civilRegistry.search(input.query, ctx);
  } catch (error) {
    if (!isUpstreamError(error)) throw error;
    failure = error;
  }
  const resultIds = answer?.results.map((r) => r.record.id) ?? [];
  const outcome = failure ? (failure.kind === "refused" ? "REFUSED" : "UPSTREAM_FAILURE") : resultIds.length ? "FOUND" : "NOT_FOUND";

  const codes = [...new Set(answer?.results.map((r) => r.record.registration.currentCommuneCode).filter((c): c is string => !!c) ?? [])];
  // The person each record was found through, kept with the lookup: the record page, a copy request
  // and an agency's answer made from this lookup name that person too.
  const matched = answer?.results.map((r) => matchedParty(r.record, input.query, r.match)) ?? [];
  const matchedParties = Object.fromEntries(matched.flatMap((m, i) => (m ? [[resultIds[i]!, matchEntry(m)!]] : [])));
  const recorded = await recordLookup(db, { requester, input, check, outcome, resultIds, matchedParties, errorKind: failure?.kind ?? null, now, unitCodes: codes });
  // A dossier of that code opened meanwhile under another procedure: nothing was written, nothing is returned.
  if ("refusal" in recorded) throw await refused(recorded.refusal);
  const { lookupId, units } = recorded;

  if (failure) throw upstreamAppError(failure);
  return { lookupId, results: answer!.results.map((r, i) => toResultItem(r.record, r.match, units, input.query, matched[i])), truncated: answer!.truncated };
}

// Row ids of the same shape as Prisma's cuid() (the schema's @default(cuid())): "c", the time, a
// counter, a fingerprint of this process and randomness, in base 36 (25 characters). Written here
// because recordLookup inserts its rows in SQL, where Prisma's client does not fill them in.
const BLOCK = 36 ** 4;
const pad4 = (n: number) => n.toString(36).padStart(4, "0").slice(-4);
const FINGERPRINT = pad4(process.pid).slice(-2) + pad4([...hostname()].reduce((sum, ch) => sum + ch.charCodeAt(0), hostname().length + 36)).slice(-2);
let counter = randomInt(BLOCK);
function newId(): string {
  counter = (counter + 1) % BLOCK;
  return `c${Date.now().toString(36)}${pad4(counter)}${FINGERPRINT}${pad4(randomInt(BLOCK))}${pad4(randomInt(BLOCK))}`;
}

type RecordedRow = AppendedRow & { dossierProcedureId: string | null; units: { code: string; name: string }[] | string | null };

/**
 * Writes the dossier (when new), the lookup and its access-log row in ONE statement, which
 * PostgreSQL runs as one transaction: all of it or nothing. The statement locks the access-log head
 * first (every other write selects FROM it) and commits without waiting for this process, so the
 * lock — which serialises every lookup of every instance — is held for the database's own work and
 * its commit only, never for a round trip to Node.js. It also reads the names of the units the
 * results name. Nothing is returned to the caller before the statement has committed. (Unlike
 * writeAccessLog, the row's hash is compared with hashRow only after that commit: a mismatch, which
 * would mean the SQL and hashRow disagree, fails the request and shows in verify-chain.)
 */
async function recordLookup(
  db: Db,
  a: {
    requester: Requester; input: TLookupInput; check: PurposeCheck; outcome: "FOUND" | "NOT_FOUND" | "REFUSED" | "UPSTREAM_FAILURE"; resultIds: string[];
    matchedParties: StoredMatches; errorKind: string | null; now: Date; unitCodes: string[];
  },
): Promise<{ lookupId: string; units: Map<string, string> } | { refusal: AppError }> {
  const { requester, input, check } = a;
  const lookupId = newId();
  const purpose = describePurpose(input.purpose, null);
  const ids = requesterIds(requester);
  const append = prepareAccessLogAppend(
    {
      ...ids,
      actorLabel: requesterLabel(requester),
      unitId: check.unit.id,
      unitCode: check.unit.code,
      system: "CIVIL_REGISTRY",
      operation: "SEARCH",
      purposeKind: purpose.kind,
      purposeRef: purpose.ref,
      legalBasis: purpose.legalBasis,
      lookupId,
      query: input.query,
      resultIds: a.resultIds,
      outcome: a.outcome,
      errorKind: a.errorKind,
      ip: requester.ip,
    },
    a.now,
  );
  const createdAt = new Date();
  const units = a.unitCodes.length
    ? Prisma.sql`(SELECT json_agg(json_build_object('code', "code", 'name', "name")) FROM "units" WHERE "code" = ANY(${a.unitCodes}::text[]))`
    : Prisma.sql`NULL::json`;
  const [row] = await db.$queryRaw<RecordedRow[]>`
    WITH ${append.head},
    ${dossierCte(input.purpose, check, newId(), createdAt)},
    "lookup" AS (
      INSERT INTO "lookups" ("id", "unitId", "userId", "apiClientId", "source", "purposeKind", "dossierId", "purposeRef", "legalBasis", "replacesPapers",
                             "queryKind", "eventTypes", "outcome", "resultCount", "resultIds", "matchedParties", "createdAt")
      SELECT ${lookupId}::text, ${check.unit.id}::text, ${ids.userId}::text, ${ids.apiClientId}::text, ${requester.kind === "user" ? "PORTAL" : "API"}::"LookupSource",
             ${purpose.kind}::"PurposeKind", "dossier"."id", ${purpose.ref}::text, ${purpose.legalBasis}::text, ${purpose.replacesPapers}::text[],
             ${input.query.by}::text, ${input.query.eventTypes ?? []}::text[], ${a.outcome}::"LookupOutcome", ${a.resultIds.length}::int, ${a.resultIds}::text[],
             ${JSON.stringify(a.matchedParties)}::jsonb, (${createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
        FROM "dossier" WHERE "dossier"."procedureId" IS NOT DISTINCT FROM ${check.procedureId}::text
      RETURNING "id"
    ),
    ${append.rest("lookup")}
    SELECT "log_moved".*, (SELECT "procedureId" FROM "dossier") AS "dossierProcedureId", ${units} AS "units"
      FROM (SELECT 1) AS "one" LEFT JOIN "log_moved" ON TRUE`;
  // A dossier of that code opened meanwhile under another procedure: nothing was written.
  if (!row?.seq && row?.dossierProcedureId && row.dossierProcedureId !== check.procedureId) return { refusal: await dossierOfOtherProcedure(db, row.dossierProcedureId) };
  append.verify(row);
  const list = typeof row!.units === "string" ? (JSON.parse(row!.units) as { code: string; name: string }[]) : (row!.units ?? []);
  return { lookupId, units: new Map(list.map((u) => [u.code, u.name])) };
}
