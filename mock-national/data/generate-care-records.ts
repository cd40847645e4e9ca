import { T, type CoupleColumns, type PeopleColumns } from "@/mock-national/data/columns";
import type { Rng } from "@/mock-national/data/prng";

// Guardianship (giám hộ, Luật Hộ tịch 2014 Art. 20; Bộ luật Dân sự 2015 Art. 47 and 52) and adoption
// (nuôi con nuôi, Luật Nuôi con nuôi 2010) records: the two events of the register that name a
// second person in `related` with an ID number, so that a search by that person's number finds a
// record about someone else. Drawn after every other record, from the same stream, so the records
// and entry numbers of the other registers stay exactly as they were.

const YEAR = 365;

export interface CareRecordsOptions {
  people: PeopleColumns;
  couples: CoupleColumns;
  rng: Rng;
  asOf: number;
  firstPerson: number;
  /** The register slot of a place row on a day (-1 outside the province). */
  slotOf: (row: number, day: number) => number;
  /** Adds a record: type, subject, other person, day, slot, aux (couple); returns its index. */
  add: (type: number, subj: number, other: number, reg: number, slot: number, aux?: number) => number;
  /** Sets the record's quality from its flaws. */
  finish: (r: number, variant: boolean) => void;
}

/**
 * Guardianship: a minor whose parent died before they came of age gets a grandparent as guardian
 * (giám hộ đương nhiên, Art. 52), registered where the child lives. Adoption: a child taken in by a
 * married couple at least 20 years older (Luật Nuôi con nuôi Art. 14), registered where the child
 * was born; the record names both adoptive parents, the husband as `other`, the couple as `aux`.
 */
export function generateCareRecords(o: CareRecordsOptions): void {
  const { people: P, couples: C, rng, asOf } = o;
  const aliveOn = (p: number, day: number) => p >= 0 && (!P.dod[p] || P.dod[p]! > day);
  const ageOn = (p: number, day: number) => (day - P.dob[p]!) / YEAR;

  for (let p = o.firstPerson; p < P.count; p++) {
    const home = P.home[p]!, dob = P.dob[p]!, f = P.father[p]!, m = P.mother[p]!;
    if (home < 0 || f < 0 || m < 0) continue;
    const adult = dob + 18 * YEAR;
    const orphaned = [P.dod[f]!, P.dod[m]!].filter((d) => d > dob && d < adult).sort((a, b) => a - b)[0];
    if (orphaned === undefined || !rng.chance(0.5)) continue;
    const reg = orphaned + rng.int(20, 200);
    if (reg > asOf || reg >= adult || !aliveOn(p, reg)) continue;
    const guardian = [P.father[m]!, P.mother[m]!, P.father[f]!, P.mother[f]!].find((g) => aliveOn(g, reg) && ageOn(g, reg) >= 21);
    if (guardian === undefined) continue;
    o.finish(o.add(T.GUARDIANSHIP, p, guardian, reg, o.slotOf(home, reg)), false);
  }

  for (let p = o.firstPerson; p < P.count; p++) {
    const home = P.home[p]!, dob = P.dob[p]!;
    if (home < 0 || C.count === 0 || !rng.chance(0.006)) continue;
    const reg = dob + rng.int(60, 10 * YEAR);
    if (reg > asOf || !aliveOn(p, reg)) continue;
    for (let attempt = 0; attempt < 8; attempt++) {
      const c = rng.int(0, C.count - 1);
      const h = C.husband[c]!, w = C.wife[c]!;
      const together = C.married[c]! <= reg && (!C.divorced[c] || C.divorced[c]! > reg);
      const parents = h === P.father[p] || w === P.mother[p] || h === p || w === p;
      if (!together || parents || !aliveOn(h, reg) || !aliveOn(w, reg) || ageOn(h, dob) < 20 || ageOn(w, dob) < 20) continue;
      o.finish(o.add(T.ADOPTION, p, h, reg, o.slotOf(home, reg), c), false);
      break;
    }
  }
}
