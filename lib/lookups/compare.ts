import type { CivilRecord, PersonOnRecord } from "@/lib/adapters/civil-registry/port";
import type { Citizen } from "@/lib/adapters/population/port";
import { foldVietnamese, sameNameExactly } from "@/lib/text/normalize";

export type ComparedField = {
  label: string;
  record: string | null;
  population: string | null;
  /** "same", "differs" (both known, disagree), "partial" (the record knows less, consistent), "missing". */
  status: "same" | "differs" | "partial" | "missing";
};

const SEX = { M: "Nam", F: "Nữ" } as const;

/**
 * Names compared exactly: a name that differs by a diacritic ("Tâm"/"Tám") is a difference to show;
 * the old and new tone placement ("Hoà"/"Hòa") and Unicode forms are the same name.
 */
function compareName(a: string | null | undefined, b: string | null | undefined): ComparedField["status"] {
  if (!a || !b) return "missing";
  return sameNameExactly(a, b) ? "same" : "differs";
}

/** Exact comparison of codes (ID number, sex). */
function compareText(a: string | null | undefined, b: string | null | undefined): ComparedField["status"] {
  if (!a || !b) return "missing";
  return a.normalize("NFC") === b.normalize("NFC") ? "same" : "differs";
}

/** Free-text labels (ethnicity, nationality) agree when they fold to the same letters ("Gia Rai"/"Gia-rai"). */
function compareLabel(a: string | null | undefined, b: string | null | undefined): ComparedField["status"] {
  if (!a || !b) return "missing";
  return foldVietnamese(a).replace(/[^a-z]/g, "") === foldVietnamese(b).replace(/[^a-z]/g, "") ? "same" : "differs";
}

function compareDates(record: string | null | undefined, population: string | null | undefined): ComparedField["status"] {
  if (!record || !population) return "missing";
  if (record === population) return "same";
  return population.startsWith(record) ? "partial" : "differs";
}

/**
 * Field by field, the Ministry of Justice record against the population database, so that an officer
 * sees a disagreement (a swapped day and month, a name spelled differently) instead of trusting
 * either silently.
 */
export function compareWithPopulation(person: PersonOnRecord, citizen: Citizen): ComparedField[] {
  return [
    { label: "Họ, chữ đệm, tên", record: person.fullName, population: citizen.fullName, status: compareName(person.fullName, citizen.fullName) },
    { label: "Số định danh cá nhân", record: person.personalId, population: citizen.personalId, status: compareText(person.personalId, citizen.personalId) },
    { label: "Ngày sinh", record: person.dateOfBirth, population: citizen.dateOfBirth, status: compareDates(person.dateOfBirth, citizen.dateOfBirth) },
    { label: "Giới tính", record: person.sex ? SEX[person.sex] : null, population: SEX[citizen.sex], status: compareText(person.sex, citizen.sex) },
    { label: "Dân tộc", record: person.ethnicity ?? null, population: citizen.ethnicity, status: compareLabel(person.ethnicity, citizen.ethnicity) },
    { label: "Quốc tịch", record: person.nationality ?? null, population: citizen.nationality, status: compareLabel(person.nationality, citizen.nationality) },
  ];
}

/**
 * The people of a record whose population data an officer may want: subject, or both spouses; the
 * person the search was about (`matchedKey`) first, so that is whom the page compares first.
 */
export function peopleOf(record: CivilRecord, matchedKey?: string | null): { key: "subject" | "husband" | "wife"; role: string; person: PersonOnRecord }[] {
  if (record.subject) return [{ key: "subject", role: "Người được đăng ký", person: record.subject }];
  if (!record.spouses) return [];
  const both = [{ key: "husband" as const, role: "Chồng", person: record.spouses.husband }, { key: "wife" as const, role: "Vợ", person: record.spouses.wife }];
  return both.sort((a, b) => Number(b.key === matchedKey) - Number(a.key === matchedKey));
}
