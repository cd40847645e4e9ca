import "server-only";
import type { CivilSearchResult } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError, type UpstreamError } from "@/lib/adapters/errors";
import { can } from "@/lib/auth/actor";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { logRefusedLookup } from "@/lib/lookups/log-refused-lookup";
import { upstreamAppError } from "@/lib/errors/upstream-error";
import { requesterLabel, type Requester } from "@/lib/lookups/requester";
import { checkPurpose, type PurposeCheck } from "@/lib/lookups/check-purpose";
import { recordLookup } from "@/lib/lookups/record-lookup";
import { matchedParty } from "@/lib/lookups/parties";
import { toResultItem, type LookupResultItem, type ResultShape } from "@/lib/lookups/result-item";
import { matchEntry } from "@/lib/lookups/stored-matches";
import type { TLookupInput } from "@/lib/lookups/schemas";

export type SearchRecordsResult<T = LookupResultItem> = { lookupId: string; results: T[]; truncated: boolean };

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
 * serialises the writes of every instance. `shape` makes the answer's rows (the portal's by
 * default; the system API builds its own, without the officer's extras).
 */
export async function searchRecords<T = LookupResultItem>(
  requester: Requester,
  input: TLookupInput & { unitId: string; checked?: PurposeCheck },
  deps?: Deps,
  shape: ResultShape<T> = toResultItem as ResultShape<T>,
): Promise<SearchRecordsResult<T>> {
  const { db, now } = resolveDeps(deps);
  // A refused look is logged too (REFUSED, with its reason), then reported.
  const refused = (error: unknown) => logRefusedLookup(db, error, { requester, unit: { id: input.unitId }, input, now });
  // Scope first, and as "not found": a unit outside the requester's reach looks like no unit.
  if (!mayLookUpFor(requester, input.unitId)) throw await refused(new AppError("NOT_FOUND", { message: "lookup outside jurisdiction", refusal: "out_of_jurisdiction" }));
  // The unit and the purpose, in one round trip (a read: no transaction needed), unless the caller
  // checked them already in its own statement (checkKeyedLookup, with the API key).
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
  return { lookupId, results: answer!.results.map((r, i) => shape(r.record, r.match, units, input.query, matched[i])), truncated: answer!.truncated };
}
