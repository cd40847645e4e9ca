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

/** How a search's records become its answer's rows (the portal's rows by default: toResultItem). */
export type ResultShape<T> = (record: CivilRecord, match: Match, units: Map<string, string>, query: CivilSearch | null, matched?: MatchedParty | null) => T;

/**
 * The record summary both the portal and the system API show. The name, ID number and date of birth
 * are the matched person's: a marriage found through the wife shows the wife. When the search named
 * no one (registration keys), a one-person record shows its subject and a couple both names, with no
 * single ID number. `matched` may be given (a record taken from an earlier lookup keeps that
 * lookup's person). Also returns that person (`party`) and the one shown (`shown`).
 */
export function recordSummary(record: CivilRecord, match: Match, query: CivilSearch | null, matched?: MatchedParty | null): { summary: TRecordSummary; party: MatchedParty | null; shown: RecordParty | null } {
  const party = matched !== undefined ? matched : query ? matchedParty(record, query, match) : null;
  // Someone was asked about but cannot be told apart on the record: show no one's number rather than a guess.
  const shown = party ?? (query === null || query.by === "registration" ? principalParty(record) : null);
  const summary: TRecordSummary = {
    recordId: record.id,
    type: record.type,
    fullName: shown?.fullName ?? recordNames(record),
    personalId: shown?.personalId ?? null,
    dateOfBirth: shown?.dateOfBirth ?? null,
    registeredOn: record.registration.registeredOn,
    authority: record.registration.authority,
    origin: record.origin,
    quality: record.quality,
  };
  return { summary, party, shown };
}

/** A record as the portal's results row: the summary, and what the officer needs beside it. */
export const toResultItem: ResultShape<LookupResultItem> = (record, match, units, query, matched) => {
  const { summary, party, shown } = recordSummary(record, match, query, matched);
  const code = record.registration.currentCommuneCode;
  return {
    ...summary,
    related: othersLine(record, shown),
    currentUnit: code ? { code, name: units.get(code) ?? code } : null,
    match,
    matched: party,
    missing: missingFields(record),
    parties: partiesOf(record).map(({ key, roleLabel, fullName, personalId, dateOfBirth }) => ({ key, roleLabel, fullName, personalId, dateOfBirth })),
  };
};
