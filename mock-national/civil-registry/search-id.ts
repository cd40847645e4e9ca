import type { EventType, PartyKey } from "@/lib/adapters/civil-registry/port";
import { T, TYPES } from "@/mock-national/data/columns";
import type { MockDataset } from "@/mock-national/data";
import type { Ranked } from "@/mock-national/civil-registry/rank";

// Search by personal ID: the person's own events whose record shows that number. A legacy page
// that never got the number is not found this way (as in the real system): the portal then falls
// back to name and date of birth.

/** Where person p stands on record r: subject/husband, wife, or related[i] (recognising parent, guardian, adoptive parents). */
function partyOf(ds: MockDataset, r: number, p: number): PartyKey {
  const R = ds.records;
  const type = R.type[r]!;
  if (R.subj[r] === p) return type === T.MARRIAGE || type === T.DIVORCE ? "husband" : "subject";
  if (type === T.MARRIAGE || type === T.DIVORCE) return "wife";
  // Adoption: related = [adoptive father (other), adoptive mother (the couple's wife)].
  return type === T.ADOPTION && R.other[r] !== p ? "related.1" : "related.0";
}

/** Records that show `personalId` for their subject, a spouse, the recognising parent, the guardian or an adoptive parent. */
export function searchById(ds: MockDataset, personalId: string, types: Set<EventType> | null): Ranked[] {
  const p = ds.personIndex(personalId);
  if (p < 0) return [];
  const R = ds.records;
  const results: Ranked[] = [];
  for (const r of ds.recordsOfPerson(p)) {
    const type = R.type[r]!;
    if (types && !types.has(TYPES[type]!)) continue;
    const party = partyOf(ds, r, p);
    // People in `related` are named there with their number; the others may be on a legacy page without it.
    if (!party.startsWith("related.") && !ds.showsId(r, party === "wife" ? 1 : 0)) continue;
    // Duplicated entries rank after the original; all else is an exact match on the number.
    const score = R.quality[r] === 3 ? 0.98 : 1;
    results.push({ record: r, materialised: null, match: { score, level: "exact", reasons: ["personal_id"], party } });
  }
  return results;
}
