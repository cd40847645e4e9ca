import { z } from "zod";
import { ZMatchReason, ZPartyKey, type CivilRecord } from "@/lib/adapters/civil-registry/port";
import { partyAt, type MatchedParty } from "@/lib/lookups/parties";

/**
 * Lookup.matchedParties: for each record a lookup returned, the place on the record of the person it
 * was found through and why ({ "HT-KH-R4": { party: "wife", reasons: ["personal_id"] } }). Whatever
 * is made later from that lookup — the record page, a copy request, an agency's answer — names the
 * same person, without asking the officer (or trusting a form) to say again whom the search was about.
 */
export const ZStoredMatches = z.record(z.string(), z.object({ party: ZPartyKey, reasons: z.array(ZMatchReason), askedAs: z.string().max(200).optional() }));
export type StoredMatches = z.infer<typeof ZStoredMatches>;

/** The person a lookup found `record` through, read on the record as it is now; null when no one (or a malformed value). */
export function storedMatch(json: unknown, record: CivilRecord): MatchedParty | null {
  const parsed = ZStoredMatches.safeParse(json);
  const stored = parsed.success ? parsed.data[record.id] : undefined;
  const party = stored ? partyAt(record, stored.party) : null;
  return party && stored ? { ...party, reasons: stored.reasons, ...(stored.askedAs ? { askedAs: stored.askedAs } : {}) } : null;
}

/** The entry to keep for a record taken over by another lookup (a copy request started from a record page). */
export function matchEntry(matched: MatchedParty | null): StoredMatches[string] | null {
  return matched ? { party: matched.key, reasons: matched.reasons, ...(matched.askedAs ? { askedAs: matched.askedAs } : {}) } : null;
}
