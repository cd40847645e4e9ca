import { ZPartyKey, type CivilRecord, type PartyKey } from "@/lib/adapters/civil-registry/port";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { partiesOf, partyAt, type RecordParty } from "@/lib/lookups/parties";
import { datesAgree, sameName } from "@/lib/copies/requester-rules";
import { requesterTexts as t } from "@/lib/copies/requester-texts";
import type { FieldErrors } from "@/lib/validation/fields";

// The person a request is about, chosen by the officer among the people of the chosen records
// (procedure 2.002516: a confirmation is about one person; a wife's confirmation names the wife).
// The choice is a place on one record ("HT-KH-R2" / "wife"); every other record must name the same
// person — by ID number when both know it, else by name and a date of birth that agree.

/** The form's value: "<recordId>|<party key>". */
export type SubjectChoice = { recordId: string; key: PartyKey };

export function parseSubjectChoice(raw: string): SubjectChoice | null {
  const i = raw.lastIndexOf("|");
  if (i <= 0) return null;
  const key = ZPartyKey.safeParse(raw.slice(i + 1));
  return key.success ? { recordId: raw.slice(0, i), key: key.data } : null;
}
export const subjectChoiceValue = (c: SubjectChoice) => `${c.recordId}|${c.key}`;

/** Whether two people named on (possibly different) records are the same person. */
export function samePerson(a: Pick<RecordParty, "fullName" | "personalId" | "dateOfBirth">, b: Pick<RecordParty, "fullName" | "personalId" | "dateOfBirth">): boolean {
  if (a.personalId && b.personalId) return a.personalId === b.personalId;
  return sameName(a.fullName, b.fullName) && !!a.dateOfBirth && !!b.dateOfBirth && datesAgree(a.dateOfBirth, b.dateOfBirth);
}

export type ResolvedSubject = { ok: true; person: RecordParty; parties: Map<string, RecordParty> } | { ok: false; fieldErrors: FieldErrors };

/**
 * The chosen person on each record: the chosen place on its own record, the same person on the
 * others. Refused, at the field, when the choice names no one or a record does not name that person.
 */
export function resolveSubject(records: readonly CivilRecord[], choice: SubjectChoice): ResolvedSubject {
  const home = records.find((r) => r.id === choice.recordId);
  const person = home ? partyAt(home, choice.key) : null;
  if (!home || !person) return { ok: false, fieldErrors: { subject: t.subjectNotOnRecord(choice.recordId) } };
  const parties = new Map<string, RecordParty>([[home.id, person]]);
  for (const record of records) {
    if (record === home) continue;
    const same = partiesOf(record).find((p) => samePerson(p, person));
    if (!same) return { ok: false, fieldErrors: { records: t.subjectMissingFrom(EVENT_LABELS[record.type], record.id, person.fullName) } };
    parties.set(record.id, same);
  }
  return { ok: true, person, parties };
}
