import type { EventType } from "@/lib/adapters/civil-registry/port";
import { T, TYPES } from "@/lib/adapters/mock-data/columns";
import type { MockDataset } from "@/lib/adapters/mock-data";
import type { Ranked } from "@/lib/adapters/civil-registry/mock/rank";

// Search by personal ID: the person's own events whose record shows that number. A legacy page
// that never got the number is not found this way (as in the real system): the portal then falls
// back to name and date of birth.

/** Records that show `personalId` for their subject, a spouse, or the recognising parent. */
export function searchById(ds: MockDataset, personalId: string, types: Set<EventType> | null): Ranked[] {
  const p = ds.personIndex(personalId);
  if (p < 0) return [];
  const R = ds.records;
  const results: Ranked[] = [];
  for (const r of ds.recordsOfPerson(p)) {
    const type = R.type[r]!;
    if (types && !types.has(TYPES[type]!)) continue;
    const role: 0 | 1 = R.subj[r] === p ? 0 : 1;
    if (type === T.PARENTAGE && role === 1) {
      // The recognising father is named in `related` with his number.
    } else if (!ds.showsId(r, role)) continue;
    // Duplicated entries rank after the original; all else is an exact match on the number.
    const score = R.quality[r] === 3 ? 0.98 : 1;
    results.push({ record: r, materialised: null, match: { score, level: "exact", reasons: ["personal_id"] } });
  }
  return results;
}
