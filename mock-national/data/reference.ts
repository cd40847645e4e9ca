import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { ZCivilRecord, type CivilRecord, type EventType } from "@/lib/adapters/civil-registry/port";
import { ZCitizen, type Citizen } from "@/lib/adapters/population/port";

// The hand-written reference citizens and records (prisma/data/reference-people.json) that both mock
// systems hold exactly as written. The JSON uses lower-case, flat fields; this maps them onto the
// port schemas: type "birth" → "BIRTH", husband/wife → spouses, father/mother → parents,
// dateOfDeath/placeOfDeath/causeOfDeath → death. Record ids are "HT-<register>-R<n>", the
// generated ones "HT-<register>-<7 digits>".

export const REFERENCE_FILE = ["prisma", "data", "reference-people.json"] as const;

const ZId = z.string().regex(/^\d{12}$/);
const ZRefPerson = z.object({
  ref: z.string(), personalId: ZId, fullName: z.string(), sex: z.enum(["M", "F"]), dateOfBirth: z.string(),
  ethnicity: z.string(), nationality: z.string(), hometown: z.string().nullable(), residenceCommuneCode: z.string().nullable(),
  residenceAddress: z.string(), maritalStatus: z.enum(["single", "married", "divorced", "widowed"]),
  spouseRef: z.string().optional(), fatherRef: z.string().optional(), motherRef: z.string().optional(),
  status: z.enum(["alive", "deceased"]), dateOfDeath: z.string().optional(),
});
const ZRefParent = z.object({ fullName: z.string(), personalId: ZId.optional(), birthYear: z.number().optional(), ethnicity: z.string().optional() });
const ZRefSpouse = z.object({ personalId: ZId.nullable().optional(), fullName: z.string(), dateOfBirth: z.string(), ethnicity: z.string().optional() });
const ZRefRecord = z.object({
  ref: z.string(), type: z.enum(["birth", "marriage", "death"]), subjectRef: z.string().optional(), spouseRefs: z.array(z.string()).optional(),
  personalId: ZId.nullable().optional(), fullName: z.string().optional(), sex: z.enum(["M", "F"]).optional(), dateOfBirth: z.string().optional(),
  placeOfBirth: z.string().optional(), ethnicity: z.string().optional(), nationality: z.string().optional(), hometown: z.string().optional(),
  father: ZRefParent.optional(), mother: ZRefParent.optional(), husband: ZRefSpouse.optional(), wife: ZRefSpouse.optional(),
  dateOfDeath: z.string().optional(), timeOfDeath: z.string().optional(), placeOfDeath: z.string().optional(), causeOfDeath: z.string().optional(),
  entryNumber: z.string(), bookNumber: z.string().nullable(), registeredOn: z.string(), authority: z.string(),
  currentCommuneCode: z.string().nullable(), origin: z.enum(["born-digital", "digitised"]),
  quality: z.enum(["verified", "needs_review", "incomplete", "suspected_duplicate"]),
});
const ZReferenceFile = z.object({ people: z.array(ZRefPerson), records: z.array(ZRefRecord), cases: z.record(z.string(), z.string()) });
export type RefPerson = z.infer<typeof ZRefPerson>;
export type RefRecord = z.infer<typeof ZRefRecord>;

const TYPE: Record<RefRecord["type"], EventType> = { birth: "BIRTH", marriage: "MARRIAGE", death: "DEATH" };
const CODE: Record<RefRecord["type"], string> = { birth: "KS", marriage: "KH", death: "KT" };

/** The reference data mapped onto the ports, in file order (P1… and R1…). */
export interface Reference {
  people: RefPerson[];
  citizens: Citizen[];
  records: CivilRecord[];
  /** "R1" → "HT-KS-R1"; "P1" → "064198004512". */
  ids: Map<string, string>;
  /** Index of each record's people in `people` (subject, or husband and wife). */
  recordPeople: { subject: number; other: number }[];
  cases: Record<string, string>;
}

/** The stable id of a reference record: "HT-KS-R1" (birth R1), "HT-KH-R2" (marriage), "HT-KT-R5" (death). */
export function referenceRecordId(ref: string, type: RefRecord["type"]): string {
  return `HT-${CODE[type]}-${ref}`;
}

const clean = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Reads and maps prisma/data/reference-people.json; every object is checked against the port schemas. */
export function loadReference(text = readFileSync(join(/*turbopackIgnore: true*/ process.cwd(), ...REFERENCE_FILE), "utf8")): Reference {
  const file = ZReferenceFile.parse(JSON.parse(text));
  const byRef = new Map(file.people.map((p, i) => [p.ref, i]));
  const idOf = (ref?: string) => (ref ? (file.people[byRef.get(ref) ?? -1]?.personalId ?? null) : null);
  const citizens = file.people.map((p) =>
    ZCitizen.parse({
      personalId: p.personalId, fullName: p.fullName, sex: p.sex, dateOfBirth: p.dateOfBirth, ethnicity: p.ethnicity,
      nationality: p.nationality, hometown: p.hometown, residence: { communeCode: p.residenceCommuneCode, address: p.residenceAddress },
      maritalStatus: p.maritalStatus, fatherId: idOf(p.fatherRef), motherId: idOf(p.motherRef), spouseId: idOf(p.spouseRef),
      status: p.status, dateOfDeath: p.dateOfDeath ?? null,
    }),
  );
  // A spouse or the deceased as the record writes them; nationality, residence and the identity
  // paper come from the same person in the population database, as the register took them: a
  // born-digital record (2016 on) names the Căn cước công dân, whose number is the personal ID; a
  // digitised page's paper is not known.
  const fromPerson = (ref: string | undefined, personalId: string | null | undefined, r: RefRecord) => {
    const p = file.people[byRef.get(ref ?? "") ?? -1];
    if (!p) return {};
    const paper = r.origin === "born-digital" && personalId ? { kind: "CCCD" as const, number: personalId } : null;
    return { nationality: p.nationality, residence: p.residenceAddress, identityPaper: paper };
  };
  const spouse = (s: z.infer<typeof ZRefSpouse>, sex: "M" | "F", ref: string | undefined, r: RefRecord) =>
    clean({ personalId: s.personalId ?? null, fullName: s.fullName, sex, dateOfBirth: s.dateOfBirth, ethnicity: s.ethnicity, ...fromPerson(ref, s.personalId, r) });
  // A parent the birth names by ID number is a person of the population database: a born-digital
  // register took nationality and residence with the number (as it does for spouses, above).
  const parent = (p: z.infer<typeof ZRefParent> | undefined, r: RefRecord) => {
    if (!p) return null;
    const person = p.personalId && r.origin === "born-digital" ? file.people.find((x) => x.personalId === p.personalId) : undefined;
    return clean({ ...p, ...(person ? { nationality: person.nationality, residence: person.residenceAddress } : {}) });
  };
  const records = file.records.map((r) => {
    const isMarriage = r.type === "marriage";
    const subject = isMarriage
      ? null
      : clean({
          personalId: r.personalId ?? null, fullName: r.fullName ?? "", sex: r.sex ?? null, dateOfBirth: r.dateOfBirth ?? null,
          placeOfBirth: r.placeOfBirth, hometown: r.hometown, ethnicity: r.ethnicity, nationality: r.nationality,
          ...(r.type === "death" ? (({ residence, identityPaper }) => ({ residence, identityPaper }))(fromPerson(r.subjectRef, r.personalId, r)) : {}),
        });
    const [husbandRef, wifeRef] = r.spouseRefs ?? [];
    return ZCivilRecord.parse(
      clean({
        id: referenceRecordId(r.ref, r.type), type: TYPE[r.type], origin: r.origin, quality: r.quality, subject,
        father: r.type === "birth" ? parent(r.father, r) : undefined,
        mother: r.type === "birth" ? parent(r.mother, r) : undefined,
        spouses: isMarriage && r.husband && r.wife ? { husband: spouse(r.husband, "M", husbandRef, r), wife: spouse(r.wife, "F", wifeRef, r) } : undefined,
        death: r.type === "death" ? { dateOfDeath: r.dateOfDeath ?? null, timeOfDeath: r.timeOfDeath ?? null, placeOfDeath: r.placeOfDeath ?? null, causeOfDeath: r.causeOfDeath ?? null } : undefined,
        related: [], details: {},
        registration: { entryNumber: r.entryNumber, bookNumber: r.bookNumber, registeredOn: r.registeredOn, authority: r.authority, currentCommuneCode: r.currentCommuneCode },
        notes: [], duplicateOf: null,
      }),
    );
  });
  const ids = new Map<string, string>([...file.people.map((p) => [p.ref, p.personalId] as const), ...file.records.map((r, i) => [r.ref, records[i]!.id] as const)]);
  const recordPeople = file.records.map((r) => {
    const [h, w] = r.spouseRefs ?? [];
    return r.type === "marriage" ? { subject: byRef.get(h ?? "") ?? -1, other: byRef.get(w ?? "") ?? -1 } : { subject: byRef.get(r.subjectRef ?? "") ?? -1, other: -1 };
  });
  return { people: file.people, citizens, records, ids, recordPeople, cases: file.cases };
}
