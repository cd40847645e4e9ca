import "server-only";
import type { CivilSearchResult } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError, type UpstreamError } from "@/lib/adapters/errors";
import { can } from "@/lib/auth/actor";
import { writeAccessLog } from "@/lib/audit/write-access-log";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/deps";
import { AppError } from "@/lib/errors";
import { messages } from "@/lib/messages";
import { requesterIds, requesterLabel, type Requester } from "@/lib/lookups/requester";
import { resolvePurpose } from "@/lib/lookups/resolve-purpose";
import { toResultItem, type LookupResultItem } from "@/lib/lookups/result-item";
import type { TLookupInput } from "@/lib/lookups/schemas";

export type SearchRecordsResult = { lookupId: string; results: LookupResultItem[]; truncated: boolean };

function mayLookUpFor(requester: Requester, unitId: string): boolean {
  return requester.kind === "user" ? can(requester.actor, "record.lookup", unitId) : requester.client.unitIds.includes(unitId);
}

/**
 * Searches the Ministry of Justice's registers under a stated purpose, for one unit.
 *
 * The purpose is checked before the national system is called; the lookup, the dossier and the
 * access-log row are written in one transaction after it answers — found, not found, refused or
 * failed alike — and results are returned only once that transaction has committed.
 */
export async function searchRecords(requester: Requester, input: TLookupInput & { unitId: string }, deps?: Deps): Promise<SearchRecordsResult> {
  const { db, now } = resolveDeps(deps);
  // Scope first, and as "not found": a unit outside the requester's reach looks like no unit.
  if (!mayLookUpFor(requester, input.unitId)) throw new AppError("NOT_FOUND", { message: "lookup outside jurisdiction" });
  const unit = await db.unit.findUnique({ where: { id: input.unitId }, select: { id: true, code: true } });
  if (!unit) throw new AppError("NOT_FOUND");
  await db.$transaction((tx) => resolvePurpose(tx, unit.id, input.purpose, { write: false }));

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

  const lookupId = await db.$transaction(async (tx) => {
    const purpose = await resolvePurpose(tx, unit.id, input.purpose);
    const lookup = await tx.lookup.create({
      data: {
        unitId: unit.id,
        ...requesterIds(requester),
        source: requester.kind === "user" ? "PORTAL" : "API",
        purposeKind: purpose.kind,
        dossierId: purpose.dossierId,
        purposeRef: purpose.ref,
        legalBasis: purpose.legalBasis,
        replacesPapers: purpose.replacesPapers,
        queryKind: input.query.by,
        eventTypes: input.query.eventTypes ?? [],
        outcome,
        resultCount: resultIds.length,
        resultIds,
      },
      select: { id: true },
    });
    await writeAccessLog(
      tx,
      {
        ...requesterIds(requester),
        actorLabel: requesterLabel(requester),
        unitId: unit.id,
        unitCode: unit.code,
        system: "CIVIL_REGISTRY",
        operation: "SEARCH",
        purposeKind: purpose.kind,
        purposeRef: purpose.ref,
        legalBasis: purpose.legalBasis,
        lookupId: lookup.id,
        query: input.query,
        resultIds,
        outcome,
        errorKind: failure?.kind ?? null,
        ip: requester.ip,
      },
      now,
    );
    return lookup.id;
  });

  if (failure) throw new AppError("UPSTREAM_UNAVAILABLE", { message: failure.message, userMessage: messages.upstream[failure.kind] });
  const codes = [...new Set(answer!.results.map((r) => r.record.registration.currentCommuneCode).filter((c): c is string => !!c))];
  const units = new Map((await db.unit.findMany({ where: { code: { in: codes } }, select: { code: true, name: true } })).map((u) => [u.code, u.name]));
  const query = input.query.by === "name" ? { fullName: input.query.fullName } : input.query.by === "personalId" ? { personalId: input.query.personalId } : {};
  return { lookupId, results: answer!.results.map((r) => toResultItem(r.record, r.match, units, query)), truncated: answer!.truncated };
}
