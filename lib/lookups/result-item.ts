import type { CivilRecord, CivilSearch, Match } from "@/lib/adapters/civil-registry/port";
import { missingFields } from "@/lib/documents/missing-fields";
import type { TRecordSummary } from "@/lib/lookups/api-schemas";
import { matchedParty, othersLine, partiesOf, principalParty, recordNames, type MatchedParty, type RecordParty } from "@/lib/lookups/parties";

/** What the portal's results list shows of a record: the record summary the API answers too, and more for the officer. */
export type LookupResultItem = TRecordSummary & {
  /** The record's other people with their roles ("Chồng: …", "Cha: … · Mẹ: …"). */
  related: string | null;
  currentUnit: { code: string; name: string } | null;
  match: Match;
  /** Which person of the record the search was about and why; null when it was about no one in particular. */
  matched: MatchedParty | null;
  /** The fields the record lacks, as its extract form names them (a copy would print "—" there). */
  missing: string[];
  /** Everyone the record names, for the officer to choose whom a copy or confirmation is about. */
  parties: Pick<RecordParty, "key" | "roleLabel" | "fullName" | "personalId" | "dateOfBirth">[];
};

/**
 * A record as a results row. The name, ID number and date of birth are the matched person's: a
 * marriage found through the wife shows the wife. When the search named no one (registration keys),
 * a one-person record shows its subject and a couple both names, with no single ID number.
 * `matched` may be given (a record taken from an earlier lookup keeps that lookup's person).
 */
export function toResultItem(record: CivilRecord, match: Match, units: Map<string, string>, query: CivilSearch | null, matched?: MatchedParty | null): LookupResultItem {
  const party = matched !== undefined ? matched : query ? matchedParty(record, query, match) : null;
  // Someone was asked about but cannot be told apart on the record: show no one's number rather than a guess.
  const shown = party ?? (query === null || query.by === "registration" ? principalParty(record) : null);
  const code = record.registration.currentCommuneCode;
  return {
    recordId: record.id,
    type: record.type,
    fullName: shown?.fullName ?? recordNames(record),
    personalId: shown?.personalId ?? null,
    dateOfBirth: shown?.dateOfBirth ?? null,
    related: othersLine(record, shown),
    registeredOn: record.registration.registeredOn,
    authority: record.registration.authority,
    currentUnit: code ? { code, name: units.get(code) ?? code } : null,
    origin: record.origin,
    quality: record.quality,
    match,
    matched: party,
    missing: missingFields(record),
    parties: partiesOf(record).map(({ key, roleLabel, fullName, personalId, dateOfBirth }) => ({ key, roleLabel, fullName, personalId, dateOfBirth })),
  };
}
