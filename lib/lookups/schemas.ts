import { z } from "@/lib/validation/zod";
import type { PurposeKind } from "@/lib/generated/prisma/enums";
import { ZEventType, type CivilSearch, type EventType } from "@/lib/adapters/civil-registry/port";
import { checkPersonalId, personalIdMessage } from "@/lib/citizens/personal-id";
import { messages } from "@/lib/text/messages";
import { checkText, FIELDS, zText, type FieldErrors } from "@/lib/validation/fields";
import { vnDate, zFormField, zFormList, zFormText, zOptionalFormField, zVnDate } from "@/lib/validation/form-fields";
import { formObject } from "@/lib/validation/form-values";
import { parseWith, type ParseResult } from "@/lib/validation/parse";

const m = messages.lookups;

/** Why a lookup is made. No result is ever shown without one. */
export type TPurpose =
  | { kind: "DOSSIER"; dossierCode: string; procedureCode: string; replacesPapers: string[] }
  | { kind: "COPY_REQUEST" | "CONFIRMATION_REQUEST" | "AGENCY_REQUEST"; reference: string; legalBasis: string }
  | { kind: "OTHER"; description: string; legalBasis: string };

// Every purpose kind of the database has a shape above, and there is no other: a value added to the
// PurposeKind enum fails the build here until TPurpose says what such a lookup states.
type SameKinds = [PurposeKind] extends [TPurpose["kind"]] ? ([TPurpose["kind"]] extends [PurposeKind] ? true : false) : false;
const _everyPurposeKindHasAShape: SameKinds = true;

export type TLookupInput = { purpose: TPurpose; query: CivilSearch };

export type { FieldErrors, ParseResult };

export const ZDossierCode = zText(FIELDS.dossierCode);

/** The lookup form's keys that hold several values (checkboxes). */
export const LOOKUP_FORM_LISTS = ["replacesPapers", "eventTypes"] as const;

const lookupDate = (today: string, required = false) =>
  zVnDate(today, { required: required ? m.dateRequired : undefined, invalid: m.dateInvalid, future: m.dateFuture });

/** Paper codes come from checkboxes: one that breaks the rule was not offered by the form. */
const zPapers = zFormList.transform((list, ctx) => {
  const papers = [...new Set(list.filter(Boolean))];
  const problem = papers.length === 0 ? m.papersRequired : papers.map((p) => checkText(FIELDS.paperCode, p)).flatMap((c) => (c.ok ? [] : [c.message]))[0];
  if (problem) ctx.addIssue({ code: "custom", message: problem });
  return papers;
});

const ZPurposeForm = z.discriminatedUnion(
  "purposeKind",
  [
    z.object({ purposeKind: z.literal("DOSSIER"), dossierCode: zFormField(FIELDS.dossierCode), procedureCode: zFormField(FIELDS.procedureCode), replacesPapers: zPapers })
      .transform(({ purposeKind: kind, dossierCode, procedureCode, replacesPapers }): { purpose: TPurpose } => ({ purpose: { kind, dossierCode, procedureCode, replacesPapers } })),
    // Never cut short: a description or basis over its limit is refused at its field.
    z.object({ purposeKind: z.literal("OTHER"), description: zFormField(FIELDS.purposeDescription), legalBasis: zFormField(FIELDS.legalBasis) })
      .transform(({ purposeKind: kind, description, legalBasis }): { purpose: TPurpose } => ({ purpose: { kind, description, legalBasis } })),
  ],
  { error: m.purposeRequired },
);

/** The ID number is checked against the date of birth and sex typed beside it, when they are. */
const zByPersonalId = (today: string) =>
  z.object({ searchBy: z.literal("personalId"), personalId: zFormText, checkDateOfBirth: zFormText, checkSex: zFormText }).transform((v, ctx) => {
    const dob = vnDate(v.checkDateOfBirth, today, { invalid: m.dateInvalid, future: m.dateFuture });
    if (dob.message) ctx.addIssue({ code: "custom", path: ["checkDateOfBirth"], message: dob.message });
    const checkDob = dob.iso;
    const personalId = v.personalId.trim().replace(/\s+/g, "");
    const sex = v.checkSex.trim();
    const problem = personalId
      ? checkPersonalId(personalId, { year: checkDob ? Number(checkDob.slice(0, 4)) : undefined, sex: sex === "M" || sex === "F" ? sex : undefined, currentYear: Number(today.slice(0, 4)) })
      : null;
    if (!personalId) ctx.addIssue({ code: "custom", path: ["personalId"], message: m.personalIdRequired });
    else if (problem) ctx.addIssue({ code: "custom", path: ["personalId"], message: personalIdMessage(problem) });
    return { query: { by: "personalId" as const, personalId } };
  });

const ZEventTypes = zFormList.transform((types, ctx) => {
  const parsed = z.array(ZEventType).safeParse(types);
  if (!parsed.success || types.length === 0) {
    ctx.addIssue({ code: "custom", message: m.eventTypesRequired });
    return z.NEVER;
  }
  return parsed.data;
});

/** What is searched: by ID number, by name and date of birth, or by the registration's number. */
const zQueryForm = (today: string) =>
  z.discriminatedUnion(
    "searchBy",
    [
      zByPersonalId(today),
      // The same rules as the system API's (lib/lookups/api-schemas.ts): nothing is shortened.
      z.object({
        searchBy: z.literal("name"),
        fullName: zFormField(FIELDS.fullName),
        dateOfBirth: lookupDate(today, true),
        fatherName: zOptionalFormField(FIELDS.fatherName),
        motherName: zOptionalFormField(FIELDS.motherName),
        spouseName: zOptionalFormField(FIELDS.spouseName),
      }).transform(({ searchBy: by, dateOfBirth, ...names }) => ({ query: { by, ...names, dateOfBirth: dateOfBirth! } })),
      z.object({
        searchBy: z.literal("registration"),
        entryNumber: zFormField(FIELDS.entryNumber),
        bookNumber: zOptionalFormField(FIELDS.bookNumber),
        authority: zOptionalFormField(FIELDS.authority),
        registeredOn: lookupDate(today),
      }).transform(({ searchBy: by, ...registration }) => ({ query: { by, ...registration } })),
    ],
    { error: m.searchByRequired },
  );

/** The search part of the form: what is searched, and for which kinds of event. */
export const ZSearchForm = (today: string) =>
  z.intersection(zQueryForm(today), z.object({ eventTypes: ZEventTypes })).transform(({ query, eventTypes }): CivilSearch => ({ ...query, eventTypes: eventTypes as EventType[] }));

/** The person-facing search form (portal): purpose and query, each field checked with its own message. */
export const ZLookupForm = (today: string) =>
  z.intersection(ZPurposeForm, ZSearchForm(today).transform((query) => ({ query }))).transform(({ purpose, query }): TLookupInput => ({ purpose, query }));

/** The lookup form parsed by its schema (ZLookupForm). */
export function parseLookupForm(form: FormData, today: string): ParseResult<TLookupInput> {
  return parseWith(ZLookupForm(today), formObject(form, { lists: LOOKUP_FORM_LISTS }));
}
