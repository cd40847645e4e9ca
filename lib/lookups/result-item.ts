import type { CivilRecord, Match } from "@/lib/adapters/civil-registry/port";

/** What a results list shows of a record: enough to recognise the person, no more (Nghị định 13/2023). */
export type LookupResultItem = {
  recordId: string;
  type: CivilRecord["type"];
  fullName: string;
  personalId: string | null;
  dateOfBirth: string | null;
  /** Marriage: the other spouse; birth: parents' names. */
  related: string | null;
  registeredOn: string;
  authority: string;
  currentUnit: { code: string; name: string } | null;
  origin: CivilRecord["origin"];
  quality: CivilRecord["quality"];
  match: Match;
};

/** The person a record is about: the subject, or for a marriage the spouse the query named. */
function mainPerson(record: CivilRecord, query: { fullName?: string; personalId?: string }) {
  if (record.subject) return { person: record.subject, other: null };
  const spouses = record.spouses;
  if (!spouses) return { person: null, other: null };
  const wifeFirst = query.personalId ? spouses.wife.personalId === query.personalId : false;
  return wifeFirst ? { person: spouses.wife, other: spouses.husband } : { person: spouses.husband, other: spouses.wife };
}

export function toResultItem(record: CivilRecord, match: Match, units: Map<string, string>, query: { fullName?: string; personalId?: string }): LookupResultItem {
  const { person, other } = mainPerson(record, query);
  const parents = [record.father?.fullName, record.mother?.fullName].filter(Boolean).join(" – ");
  const code = record.registration.currentCommuneCode;
  return {
    recordId: record.id,
    type: record.type,
    fullName: record.spouses ? `${record.spouses.husband.fullName} – ${record.spouses.wife.fullName}` : (person?.fullName ?? "—"),
    personalId: person?.personalId ?? null,
    dateOfBirth: person?.dateOfBirth ?? null,
    related: other ? other.fullName : parents || null,
    registeredOn: record.registration.registeredOn,
    authority: record.registration.authority,
    currentUnit: code ? { code, name: units.get(code) ?? code } : null,
    origin: record.origin,
    quality: record.quality,
    match,
  };
}
