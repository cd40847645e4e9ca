import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import type { Citizen } from "@/lib/adapters/population/port";
import { QUALITIES, T, type CoupleColumns, type PeopleColumns, type RecordColumns } from "@/mock-national/data/columns";
import { DatasetBase, type MockDataset } from "@/mock-national/data/dataset";
import { dayOf, REFORM_DAY, yearOf } from "@/mock-national/data/dates";
import type { Reservation } from "@/mock-national/data/entry-numbers";
import { generatePeople } from "@/mock-national/data/generate-people";
import { generateRecords } from "@/mock-national/data/generate-records";
import { PersonalIdIssuer } from "@/mock-national/data/ids";
import { materializeCitizen } from "@/mock-national/data/materialize-citizen";
import { materializeRecord } from "@/mock-national/data/materialize-record";
import { ETHNICITIES, internPart } from "@/mock-national/data/names";
import { loadPlaces, type Places } from "@/mock-national/data/places";
import { Rng } from "@/mock-national/data/prng";
import { loadReference, type Reference } from "@/mock-national/data/reference";
import { foldVietnamese, splitUnitName } from "@/lib/text/normalize";

/** The day the default dataset describes: nobody is born, dies or registers after it. */
export const DEFAULT_AS_OF = "2026-10-31";

export interface GenerateOptions {
  /** Generated people (default 50,000); the 11 reference citizens come on top. */
  people?: number;
  /** PRNG seed (default 20250701): same people + seed → byte-identical data and record ids. */
  seed?: number;
  /** The day the data describes (yyyy-MM-dd, default DEFAULT_AS_OF). */
  asOf?: string;
}

class Dataset extends DatasetBase implements MockDataset {
  constructor(
    readonly seed: number,
    readonly generatedPeople: number,
    readonly asOf: string,
    readonly places: Places,
    readonly reference: Reference,
    readonly people: PeopleColumns,
    readonly couples: CoupleColumns,
    readonly records: RecordColumns,
    readonly recordNames: Map<number, string>,
    readonly corrections: Map<number, number>,
  ) {
    super();
    this.buildLookups();
  }

  record(record: number): CivilRecord {
    return materializeRecord(this, record);
  }

  citizen(person: number): Citizen | null {
    if (person < 0 || person >= this.people.count) return null;
    return materializeCitizen(this, person);
  }
}

/** The register slot (see RecordColumns.slot) a reference record's authority names, or -1. */
function referenceSlot(places: Places, authority: string, day: number): number {
  const [commune, district] = authority.split(",").map((p) => foldVietnamese(splitUnitName(p).bare));
  const row = places.rows.findIndex((r) => foldVietnamese(r.communeBare) === commune && foldVietnamese(r.districtBare) === district);
  if (row < 0) return -1;
  return day < REFORM_DAY ? row : 1000 + places.rows[row]!.current;
}

/**
 * Generates the synthetic population and its civil-status records (see mock-national/data/*
 * for the model), with the reference citizens P1–P11 and records R1–R10 of
 * prisma/data/reference-people.json as people 0–10 and records 0–9, exactly as written.
 * Deterministic: one seeded stream, no clock. About 2–3 s and 300 MB (RSS) for a million people.
 */
export function generateDataset({ people = 50_000, seed = 20250701, asOf = DEFAULT_AS_OF }: GenerateOptions = {}): MockDataset {
  if (!Number.isInteger(people) || people < 0) throw new Error("generateDataset: people must be a non-negative integer");
  const places = loadPlaces();
  const reference = loadReference();
  const rng = new Rng(seed);
  const refPeople = reference.people.length;
  const issuer = new PersonalIdIssuer(reference.people.map((p) => p.personalId));
  const asOfDay = dayOf(asOf);
  const { people: P, couples } = generatePeople({ total: refPeople + people, firstIndex: refPeople, rng, places, asOf: asOfDay, issuer });

  const byRef = new Map(reference.people.map((p, i) => [p.ref, i]));
  reference.people.forEach((p, i) => {
    P.pid[i] = Number(p.personalId);
    P.dob[i] = dayOf(p.dateOfBirth);
    P.dod[i] = p.dateOfDeath ? dayOf(p.dateOfDeath) : 0;
    P.sex[i] = p.sex === "M" ? 0 : 1;
    P.eth[i] = Math.max(0, ETHNICITIES.indexOf(p.ethnicity as (typeof ETHNICITIES)[number]));
    P.n0[i] = internPart(p.fullName);
    P.father[i] = byRef.get(p.fatherRef ?? "") ?? -1;
    P.mother[i] = byRef.get(p.motherRef ?? "") ?? -1;
  });

  const reserved: Reservation[] = [];
  const refTypes = reference.records.map((r) => (r.type === "BIRTH" ? T.BIRTH : r.type === "MARRIAGE" ? T.MARRIAGE : T.DEATH));
  reference.records.forEach((r, i) => {
    const day = dayOf(r.registration.registeredOn);
    const slot = referenceSlot(places, r.registration.authority, day);
    if (slot >= 0) reserved.push({ slot, type: refTypes[i]!, year: yearOf(day), entry: Number(r.registration.entryNumber) });
  });
  const built = generateRecords({ people: P, couples, places, rng, asOf: asOfDay, firstPerson: refPeople, firstRecord: reference.records.length, reserved });
  const R = built.records;
  reference.records.forEach((r, i) => {
    const day = dayOf(r.registration.registeredOn);
    R.type[i] = refTypes[i]!;
    R.subj[i] = reference.recordPeople[i]!.subject;
    R.other[i] = reference.recordPeople[i]!.other;
    R.reg[i] = day;
    R.slot[i] = referenceSlot(places, r.registration.authority, day);
    R.entry[i] = Number(r.registration.entryNumber);
    R.flags[i] = 0;
    R.quality[i] = QUALITIES.indexOf(r.quality);
    R.orig[i] = -1;
    R.dupKnown[i] = 0;
    R.aux[i] = -1;
  });
  return new Dataset(seed, people, asOf, places, reference, P, couples, R, built.names, built.corrections);
}
