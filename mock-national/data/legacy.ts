import { F } from "@/mock-national/data/columns";
import { BORN_DIGITAL_DAY, dayOfYmd } from "@/mock-national/data/dates";
import { joinParts } from "@/mock-national/data/names";
import type { Rng } from "@/mock-national/data/prng";
import { spellingVariant } from "@/mock-national/data/variants";
import type { PeopleColumns } from "@/mock-national/data/columns";

// The flaws of digitised paper registers: about a third of
// records before 2016 show no ID number (the number did not exist when the page was written, or
// the person was never matched), some dates are known to the month or year only, and names carry
// spelling variants. Older pages are worse. Born-digital records (since 2016) are clean.

const OLD_PAGES = dayOfYmd(1995, 1, 1);

/** Flags and override names of one person on one legacy record. */
export interface LegacyMarks {
  flags: number;
  /** The name as the page spells it, when it differs from the population database. */
  name: string | null;
}

/** Draws the legacy flaws for the person in `role` (0 subject/husband, 1 wife) of a record registered on `reg`. */
export function legacyMarks(rng: Rng, P: PeopleColumns, person: number, role: 0 | 1, reg: number): LegacyMarks {
  if (reg >= BORN_DIGITAL_DAY) return { flags: 0, name: null };
  const old = reg < OLD_PAGES;
  let flags = 0;
  if (rng.chance(old ? 0.3 : 0.2)) flags |= role === 0 ? F.PID_HIDDEN_0 : F.PID_HIDDEN_1;
  const u = rng.float();
  const precision = u < (old ? 0.07 : 0.03) ? 2 : u < (old ? 0.17 : 0.08) ? 1 : 0;
  flags |= precision << (role === 0 ? F.PREC_0_SHIFT : F.PREC_1_SHIFT);
  let name: string | null = null;
  if (rng.chance(old ? 0.16 : 0.1)) name = spellingVariant(joinParts(P.n0[person]!, P.n1[person]!, P.n2[person]!), rng);
  return { flags, name };
}

/** The data-quality state the registry system gives a record from its flaws. */
export function qualityOf(rng: Rng, reg: number, flags: number, hasVariant: boolean): number {
  if (reg >= BORN_DIGITAL_DAY) return rng.chance(0.01) ? 1 : 0;
  const hidden = (flags & (F.PID_HIDDEN_0 | F.PID_HIDDEN_1)) !== 0;
  const partial = ((flags >> F.PREC_0_SHIFT) & 3) !== 0 || ((flags >> F.PREC_1_SHIFT) & 3) !== 0;
  if (hidden && partial) return 2; // incomplete
  if (partial || hasVariant) return 1; // needs_review
  return rng.chance(0.03) ? 1 : 0;
}
