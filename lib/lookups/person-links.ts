import type { CivilRecord, PersonOnRecord } from "@/lib/adapters/civil-registry/port";
import type { Candidate, CandidateQuery } from "@/lib/adapters/population/port";
import { formatPartialDate } from "@/lib/text/dates";
import { nameDifference } from "@/lib/names/differ";
import { nameMessages as m } from "@/lib/names/messages";

// Population candidates for a person on a record without an ID number (a digitised legacy record):
// what the population database is asked, and how each candidate is described to the officer. The
// portal never links a record to a citizen by itself; the officer decides, and the decision is kept.

export const LINK_DECISIONS = ["SAME", "NOT_SAME"] as const;
export type LinkDecision = (typeof LINK_DECISIONS)[number];

/** The candidate search for a person on the record: name, date of birth, and the parents when the record names them (birth). */
export function candidateQueryFor(record: CivilRecord, key: string, person: PersonOnRecord): CandidateQuery | null {
  if (!person.dateOfBirth) return null;
  const ownBirth = key === "subject" && record.type === "BIRTH";
  return {
    fullName: person.fullName,
    dateOfBirth: person.dateOfBirth,
    ...(ownBirth && record.father?.fullName ? { fatherName: record.father.fullName } : {}),
    ...(ownBirth && record.mother?.fullName ? { motherName: record.mother.fullName } : {}),
    limit: 5,
  };
}

/** The reasons in Vietnamese, a different spelling named: "tên khác: Tâm/Tám; tháng, năm sinh khớp". */
export function candidateReasons(recordName: string, c: Pick<Candidate, "citizen" | "reasons">): string {
  const difference = nameDifference(recordName, c.citizen.fullName);
  return c.reasons
    .map((r) => ((r === "name_folded" || r === "name_variant") && difference ? m.otherName(difference) : m.candidateReasons[r]))
    .join("; ");
}

/** One candidate as a line: "Lê Văn Tám 052079005518, 15/01/1979 — tên khác: Tâm/Tám; tháng, năm sinh khớp". */
export function candidateLine(recordName: string, c: Pick<Candidate, "citizen" | "reasons">): string {
  return `${c.citizen.fullName} ${c.citizen.personalId}, ${formatPartialDate(c.citizen.dateOfBirth)} — ${candidateReasons(recordName, c)}`;
}
