"use client";

import type { LookupResultItem } from "@/lib/lookups/result-item";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { formatPartialDate } from "@/lib/text/dates";
import { samePerson, subjectChoiceValue } from "@/lib/copies/subject";
import { requesterTexts as rt } from "@/lib/copies/requester-texts";
import { SelectField } from "@/components/ui/select";
import { copiesTexts as t } from "@/lib/copies/messages";

type Person = LookupResultItem["parties"][number] & { value: string; where: string[] };

/** The distinct people the chosen records name, each once (the same person on two records is one choice). */
export function peopleOf(items: readonly LookupResultItem[]): Person[] {
  const people: Person[] = [];
  for (const item of items) {
    for (const p of item.parties) {
      const where = t.subject.where(EVENT_LABELS[item.type], p.roleLabel);
      const same = people.find((q) => samePerson(q, p));
      if (same) same.where.push(where);
      else people.push({ ...p, value: subjectChoiceValue({ recordId: item.recordId, key: p.key }), where: [where] });
    }
  }
  return people;
}

/** The person the first record was found through, as a choice: the default the officer confirms or changes. */
export function defaultSubject(items: readonly LookupResultItem[]): string {
  const first = items.find((i) => i.matched);
  if (!first?.matched) return "";
  const person = peopleOf(items).find((p) => samePerson(p, first.matched!));
  return person?.value ?? "";
}

/** The officer's explicit choice of the person a copy or a confirmation is about (procedure 2.002516). */
export function SubjectPicker({ kind, items, value, onChange, error }: { kind: "COPY" | "CONFIRMATION"; items: readonly LookupResultItem[]; value: string; onChange: (v: string) => void; error?: string }) {
  const people = peopleOf(items);
  const label = kind === "CONFIRMATION" ? rt.labels.confirmationSubject : rt.labels.subject;
  return (
    <SelectField label={label} name="subject" value={people.some((p) => p.value === value) ? value : ""} onChange={(e) => onChange(e.target.value)} error={error}>
      <option value="">{items.length === 0 ? t.subject.chooseRecordFirst : t.subject.choose(label.toLocaleLowerCase("vi"))}</option>
      {people.map((p) => (
        <option key={p.value} value={p.value}>
          {p.fullName}{p.dateOfBirth ? t.subject.born(formatPartialDate(p.dateOfBirth)) : ""} — {p.where.join("; ")}
        </option>
      ))}
    </SelectField>
  );
}
