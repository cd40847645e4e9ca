import { F, TYPES } from "@/mock-national/data/columns";
import type { MockDataset } from "@/mock-national/data/dataset";
import { BORN_DIGITAL_DAY, dayOf, yearOf } from "@/mock-national/data/dates";
import { ETHNICITIES } from "@/mock-national/data/names";

/** Shape of a dataset, for tests, the benchmark and documentation. */
export interface DatasetStats {
  people: number;
  /** People in the population database (those who ever had a personal ID). */
  citizens: number;
  alive: number;
  couples: number;
  records: number;
  byType: Record<string, number>;
  /** Share of living citizens per ethnic group, overall and by the old province of residence. */
  ethnicity: Record<string, number>;
  ethnicityOldGiaLai: Record<string, number>;
  ethnicityOldBinhDinh: Record<string, number>;
  /** Age shares of the living: under 15, 15–64, 65 and over. */
  ages: { under15: number; working: number; over64: number };
  /** Records registered before 2016 (digitised) and their flaws. */
  legacy: { records: number; withoutId: number; partialDate: number; variantName: number; duplicates: number; knownDuplicates: number };
  quality: Record<string, number>;
  /** Birth records that deliberately disagree with the population database. */
  disagreements: number;
}

const share = (counts: number[], total: number) =>
  Object.fromEntries(counts.map((n, i) => [ETHNICITIES[i], Math.round((n / Math.max(1, total)) * 1000) / 1000]).filter(([, v]) => (v as number) > 0));

/** Counts over the whole dataset (a second or two for a million people). */
export function datasetStats(ds: MockDataset): DatasetStats {
  const P = ds.people, R = ds.records;
  const asOf = dayOf(ds.asOf);
  const eth = [new Array(11).fill(0), new Array(11).fill(0), new Array(11).fill(0)] as number[][];
  const totals = [0, 0, 0];
  let citizens = 0, alive = 0, under15 = 0, over64 = 0;
  for (let p = 0; p < P.count; p++) {
    if (P.pid[p]) citizens++;
    if (P.dod[p]) continue;
    alive++;
    const age = yearOf(asOf) - yearOf(P.dob[p]!);
    if (age < 15) under15++;
    else if (age >= 65) over64++;
    const row = P.resRow[p]!;
    const region = row >= 0 ? (ds.places.rows[row]?.provinceCode === "64" ? 1 : 2) : 0;
    eth[0]![P.eth[p]!]!++;
    totals[0]!++;
    if (region) {
      eth[region]![P.eth[p]!]!++;
      totals[region]!++;
    }
  }
  const byType: Record<string, number> = {};
  const quality: Record<string, number> = { verified: 0, needs_review: 0, incomplete: 0, suspected_duplicate: 0 };
  const qualities = Object.keys(quality);
  const legacy = { records: 0, withoutId: 0, partialDate: 0, variantName: 0, duplicates: 0, knownDuplicates: 0 };
  let disagreements = 0;
  for (let r = 0; r < R.count; r++) {
    const type = TYPES[R.type[r]!]!;
    byType[type] = (byType[type] ?? 0) + 1;
    quality[qualities[R.quality[r]!]!]!++;
    const flags = R.flags[r]!;
    if (flags & (F.DOB_SWAPPED | F.ETH_ALT | F.NAME_DISAGREES)) disagreements++;
    if (R.reg[r]! >= BORN_DIGITAL_DAY) continue;
    legacy.records++;
    const persons = type === "MARRIAGE" || type === "DIVORCE" ? 2 : 1;
    if (!ds.showsId(r, 0)) legacy.withoutId++;
    if ((flags >> F.PREC_0_SHIFT) & 3 || (persons === 2 && (flags >> F.PREC_1_SHIFT) & 3)) legacy.partialDate++;
    if (ds.recordNames.has(r * 2) || (persons === 2 && ds.recordNames.has(r * 2 + 1))) legacy.variantName++;
    if (R.orig[r]! >= 0) {
      legacy.duplicates++;
      if (R.dupKnown[r]) legacy.knownDuplicates++;
    }
  }
  return {
    people: P.count, citizens, alive, couples: ds.couples.count, records: R.count, byType,
    ethnicity: share(eth[0]!, totals[0]!), ethnicityOldGiaLai: share(eth[1]!, totals[1]!), ethnicityOldBinhDinh: share(eth[2]!, totals[2]!),
    ages: { under15: Math.round((under15 / alive) * 1000) / 1000, working: Math.round(((alive - under15 - over64) / alive) * 1000) / 1000, over64: Math.round((over64 / alive) * 1000) / 1000 },
    legacy, quality, disagreements,
  };
}
