import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import type { Citizen } from "@/lib/adapters/population/port";
import { F, T, TYPE_CODES, type CoupleColumns, type PeopleColumns, type RecordColumns } from "@/mock-national/data/columns";
import { packPartial, ymdOf } from "@/mock-national/data/dates";
import { joinParts } from "@/mock-national/data/names";
import type { Places } from "@/mock-national/data/places";
import type { Reference } from "@/mock-national/data/reference";

/**
 * The synthetic dataset both mock national systems serve: people (population database) and
 * civil-status records (civil registry), held as columns and materialised into port objects on
 * read. Build it with `generateDataset`; read it through `createMockCivilRegistry` /
 * `createMockPopulation`, or the accessors below (tests, demos, benchmarks).
 */
export interface MockDataset {
  readonly seed: number;
  /** Generated people requested (the reference citizens come on top). */
  readonly generatedPeople: number;
  /** The day the data describes (yyyy-MM-dd): nobody is born, dies or registers after it. */
  readonly asOf: string;
  readonly places: Places;
  readonly reference: Reference;
  readonly people: PeopleColumns;
  readonly couples: CoupleColumns;
  readonly records: RecordColumns;
  /** Names as a record spells them when not as in the population database: key record·2 + role. */
  readonly recordNames: Map<number, string>;
  /** Birth record → the change/correction record that amended it. */
  readonly corrections: Map<number, number>;
  /** Person index of a 12-digit ID, or -1. */
  personIndex(personalId: string): number;
  /** Record ids of a person's own events (subject, spouse, recognising parent, guardian, adoptive parent), in index order. */
  recordsOfPerson(person: number): Int32Array;
  /** The stable record id: "HT-KS-0000123", "HT-KS-R1" for reference record R1. */
  recordId(record: number): string;
  /** Record index of an id, or -1. */
  recordIndex(id: string): number;
  /** A record as the registry returns it. */
  record(record: number): CivilRecord;
  /** A citizen as the population database returns them, or null (people who died before IDs existed). */
  citizen(person: number): Citizen | null;
  /** The name of the person in `role` (0 subject/husband, 1 wife) as the record spells it. */
  nameOnRecord(record: number, role: 0 | 1): string;
  /** Date of birth as the record shows it, packed yyyymmdd (00 for unknown parts); 0 if none. */
  dobOnRecord(record: number, role: 0 | 1): number;
  /** Whether the record shows that person's personal ID. */
  showsId(record: number, role: 0 | 1): boolean;
}

/** Shared lookups of the dataset; record and citizen materialisation live in their own modules. */
export abstract class DatasetBase {
  abstract readonly people: PeopleColumns;
  abstract readonly records: RecordColumns;
  abstract readonly couples: CoupleColumns;
  abstract readonly reference: Reference;
  abstract readonly recordNames: Map<number, string>;
  protected pidOrder!: Int32Array;
  protected pidSorted!: Float64Array;
  protected personStart!: Int32Array;
  protected personRecords!: Int32Array;

  /** Builds the ID index (sorted numbers, binary search) and the person → records lists. */
  protected buildLookups(): void {
    const P = this.people;
    const withId: number[] = [];
    for (let p = 0; p < P.count; p++) if (P.pid[p]) withId.push(p);
    this.pidOrder = Int32Array.from(withId).sort((a, b) => P.pid[a]! - P.pid[b]!);
    this.pidSorted = Float64Array.from(this.pidOrder, (p) => P.pid[p]!);
    const R = this.records;
    const start = new Int32Array(P.count + 1);
    const each = (fn: (r: number, p: number) => void) => {
      for (let r = 0; r < R.count; r++) {
        const subj = R.subj[r]!;
        if (subj >= 0) fn(r, subj);
        const t = R.type[r]!;
        if ((t === T.MARRIAGE || t === T.DIVORCE || t === T.PARENTAGE || t === T.GUARDIANSHIP || t === T.ADOPTION) && R.other[r]! >= 0) fn(r, R.other[r]!);
        // The adoptive mother, named beside the adoptive father (aux is the couple).
        if (t === T.ADOPTION && R.aux[r]! >= 0) fn(r, this.couples.wife[R.aux[r]!]!);
      }
    };
    each((_, p) => start[p + 1]!++);
    for (let p = 0; p < P.count; p++) start[p + 1]! += start[p]!;
    const fill = start.slice(0, P.count);
    this.personRecords = new Int32Array(start[P.count]!);
    each((r, p) => (this.personRecords[fill[p]!++] = r));
    this.personStart = start;
  }

  personIndex(personalId: string): number {
    if (!/^\d{12}$/.test(personalId)) return -1;
    const id = Number(personalId);
    let lo = 0;
    let hi = this.pidSorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const v = this.pidSorted[mid]!;
      if (v === id) return this.pidOrder[mid]!;
      if (v < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  recordsOfPerson(person: number): Int32Array {
    return this.personRecords.subarray(this.personStart[person] ?? 0, this.personStart[person + 1] ?? 0);
  }

  recordId(record: number): string {
    const code = TYPE_CODES[this.records.type[record]!] ?? "HT";
    if (record < this.reference.records.length) return this.reference.records[record]!.id;
    return `HT-${code}-${String(record).padStart(7, "0")}`;
  }

  recordIndex(id: string): number {
    const m = /^HT-([A-Z]+)-(\d{7,})$/.exec(id);
    if (!m) return this.reference.records.findIndex((r) => r.id === id);
    const r = Number(m[2]);
    if (r < this.reference.records.length || r >= this.records.count) return -1;
    return TYPE_CODES[this.records.type[r]!] === m[1] ? r : -1;
  }

  /** The reference record's person in `role`, or undefined for generated records. */
  protected referencePerson(record: number, role: 0 | 1) {
    const ref = this.reference.records[record];
    if (!ref) return undefined;
    return ref.spouses ? (role === 0 ? ref.spouses.husband : ref.spouses.wife) : role === 0 ? ref.subject : null;
  }

  nameOnRecord(record: number, role: 0 | 1): string {
    const ref = this.referencePerson(record, role);
    if (ref !== undefined) return ref?.fullName ?? "";
    const named = this.recordNames.get(record * 2 + role);
    if (named !== undefined) return named;
    const p = role === 0 ? this.records.subj[record]! : this.records.other[record]!;
    return joinParts(this.people.n0[p]!, this.people.n1[p]!, this.people.n2[p]!);
  }

  dobOnRecord(record: number, role: 0 | 1): number {
    const ref = this.referencePerson(record, role);
    if (ref !== undefined) return packPartial(ref?.dateOfBirth);
    const R = this.records;
    const p = role === 0 ? R.subj[record]! : R.other[record]!;
    if (p < 0) return 0;
    const flags = R.flags[record]!;
    const { y, m, d } = ymdOf(this.people.dob[p]!);
    const precision = (flags >> (role === 0 ? F.PREC_0_SHIFT : F.PREC_1_SHIFT)) & 3;
    if (role === 0 && flags & F.DOB_SWAPPED) return y * 10_000 + d * 100 + m;
    return y * 10_000 + (precision < 2 ? m * 100 : 0) + (precision < 1 ? d : 0);
  }

  showsId(record: number, role: 0 | 1): boolean {
    const ref = this.referencePerson(record, role);
    if (ref !== undefined) return !!ref?.personalId;
    const R = this.records;
    const p = role === 0 ? R.subj[record]! : R.other[record]!;
    return p >= 0 && this.people.pid[p]! > 0 && !(R.flags[record]! & (role === 0 ? F.PID_HIDDEN_0 : F.PID_HIDDEN_1));
  }
}
