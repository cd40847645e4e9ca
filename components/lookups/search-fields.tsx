"use client";

import { EVENT_LABELS, SEARCH_BY_LABELS } from "@/lib/lookups/labels";
import { lookupsTexts } from "@/lib/lookups/messages";
import { Field } from "@/components/ui/field";
import { ChoiceGroup, Choice, SelectField } from "@/components/ui/select";

// The search keys of a civil-status lookup, shared by the lookup page (/lookups) and the intake search of
// copies (/copies/new), so both ask the same fields under the same names and rules. The lookup page adds
// the cross-check fields (date of birth, sex) and the registering authority.

export type SearchBy = keyof typeof SEARCH_BY_LABELS;
export const EVENT_TYPES = Object.keys(EVENT_LABELS) as (keyof typeof EVENT_LABELS)[];
const f = lookupsTexts.fields;

/** The three ways to search, as radio buttons. */
export function SearchByChoice({ value, onChange, error }: { value: SearchBy; onChange: (v: SearchBy) => void; error?: string }) {
  return (
    <ChoiceGroup legend={f.searchBy} name="searchBy" error={error}>
      <div className="flex flex-wrap gap-x-6 gap-y-1">
        {(Object.keys(SEARCH_BY_LABELS) as SearchBy[]).map((k) => (
          <Choice key={k} type="radio" name="searchBy" value={k} label={SEARCH_BY_LABELS[k]} checked={value === k} onChange={() => onChange(k)} />
        ))}
      </div>
    </ChoiceGroup>
  );
}

/**
 * The fields of one search mode. Keyed by mode: each mode's inputs are new elements, so no typed value
 * leaks into another mode's field. `variant` "lookup" adds the cross-check fields and the authority.
 */
export function SearchKeyFields({ searchBy, variant, value, errors, className }: {
  searchBy: SearchBy;
  variant: "lookup" | "intake";
  value: (name: string) => string;
  errors: Record<string, string>;
  className: string;
}) {
  const full = variant === "lookup";
  return (
    <div key={searchBy} className={className}>
      {searchBy === "personalId" ? (
        full ? (
          <>
            <Field label={f.personalId} name="personalId" inputMode="numeric" maxLength={14} defaultValue={value("personalId")} error={errors.personalId} autoComplete="off" />
            <Field label={f.checkDateOfBirth} name="checkDateOfBirth" placeholder="dd/MM/yyyy" defaultValue={value("checkDateOfBirth")} error={errors.checkDateOfBirth} />
            <SelectField label={f.checkSex} name="checkSex" defaultValue={value("checkSex")}>
              <option value="">—</option>
              <option value="M">{f.male}</option>
              <option value="F">{f.female}</option>
            </SelectField>
          </>
        ) : (
          <Field label={f.personalId} name="personalId" inputMode="numeric" maxLength={14} defaultValue={value("personalId")} error={errors.personalId} autoComplete="off" />
        )
      ) : searchBy === "name" ? (
        <>
          <Field label={f.fullName} name="fullName" defaultValue={value("fullName")} error={errors.fullName} hint={f.fullNameHint} autoComplete="off" />
          <Field label={f.dateOfBirth} name="dateOfBirth" placeholder="dd/MM/yyyy" defaultValue={value("dateOfBirth")} error={errors.dateOfBirth} hint={f.dateOfBirthHint} />
          <Field label={f.fatherName} name="fatherName" defaultValue={value("fatherName")} error={errors.fatherName} />
          <Field label={f.motherName} name="motherName" defaultValue={value("motherName")} error={errors.motherName} />
          <Field label={f.spouseName[variant]} name="spouseName" defaultValue={value("spouseName")} error={errors.spouseName} />
        </>
      ) : (
        <>
          <Field label={f.entryNumber} name="entryNumber" defaultValue={value("entryNumber")} error={errors.entryNumber} autoComplete="off" />
          <Field label={f.bookNumber} name="bookNumber" placeholder={f.bookNumberPlaceholder} defaultValue={value("bookNumber")} error={errors.bookNumber} />
          <Field label={f.registeredOn} name="registeredOn" placeholder="dd/MM/yyyy" defaultValue={value("registeredOn")} error={errors.registeredOn} />
          {full ? <Field label={f.authority} name="authority" defaultValue={value("authority")} error={errors.authority} className="md:col-span-3" placeholder={f.authorityPlaceholder} /> : null}
        </>
      )}
    </div>
  );
}

/** The kinds of event to search, all checked unless the last submission said otherwise. */
export function EventTypeChoice({ checked, error, className }: { checked: readonly string[]; error?: string; className?: string }) {
  return (
    <ChoiceGroup legend={f.eventTypes} name="eventTypes" error={error} className={className}>
      <div className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
        {EVENT_TYPES.map((t) => (
          <Choice key={t} name="eventTypes" value={t} label={EVENT_LABELS[t]} defaultChecked={checked.includes(t)} />
        ))}
      </div>
    </ChoiceGroup>
  );
}
