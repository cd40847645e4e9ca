import { z } from "@/lib/validation/zod";
import { ZEventType, type CivilSearch, type EventType } from "@/lib/adapters/civil-registry/port";
import { checkPersonalId, personalIdMessage } from "@/lib/citizens/personal-id";
import { parseVnDate, isFuturePartial } from "@/lib/dates";
import { messages } from "@/lib/messages";
import { checkText, FIELDS, zText, type FieldErrors, type TextRule } from "@/lib/validation/fields";
import { formObject } from "@/lib/validation/form-values";
import { parseWith, type ParseResult } from "@/lib/validation/parse";

const m = messages.lookups;

/** Why a lookup is made. No result is ever shown without one. */
export type TPurpose =
  | { kind: "DOSSIER"; dossierCode: string; procedureCode: string; replacesPapers: string[] }
  | { kind: "COPY_REQUEST" | "CONFIRMATION_REQUEST" | "AGENCY_REQUEST"; reference: string; legalBasis: string }
  | { kind: "OTHER"; description: string; legalBasis: string };

export type TLookupInput = { purpose: TPurpose; query: CivilSearch };

export type { FieldErrors, ParseResult };

export const ZDossierCode = zText(FIELDS.dossierCode);

/** The lookup form's keys that hold several values (checkboxes). */
export const LOOKUP_FORM_LISTS = ["replacesPapers", "eventTypes"] as const;

/** A form field's text as typed: a file, or nothing, where text is expected counts as empty. */
export const zFormText = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === "string" ? v : ""));
/** A form field checked by its rule (lib/validation/fields.ts): trimmed, refused when too long, never cut short. */
export const zFormField = (rule: TextRule) => zFormText.pipe(zText(rule));
/** An optional form field: undefined when left empty. */
export const zOptionalFormField = (rule: TextRule) =>
  zFormField({ ...rule, required: undefined })
    .transform((v) => v || undefined)
    .optional();

type DateTexts = { required?: string; invalid: string; future: string };

/** A date typed by a person (dd/MM/yyyy, partial when allowed) as ISO, never after `today`. */
export function vnDate(raw: string, today: string, texts: DateTexts, allowPartial = true): { iso?: string; message?: string } {
  const typed = raw.trim();
  if (!typed) return texts.required ? { message: texts.required } : {};
  const iso = parseVnDate(typed, { allowPartial });
  if (!iso) return { message: texts.invalid };
  return isFuturePartial(iso, today) ? { iso, message: texts.future } : { iso };
}

/** A date field as a schema: the ISO date, undefined when empty, or the field's message. */
export const zVnDate = (today: string, texts: DateTexts, allowPartial = true) =>
  zFormText.transform((raw, ctx) => {
    const { iso, message } = vnDate(raw, today, texts, allowPartial);
    if (message) ctx.addIssue({ code: "custom", message });
    return iso;
  });

const lookupDate = (today: string) => zVnDate(today, { invalid: m.dateInvalid, future: m.dateFuture }).optional();
const requiredLookupDate = (today: string) => zVnDate(today, { required: m.dateRequired, invalid: m.dateInvalid, future: m.dateFuture });

/** Paper codes come from checkboxes: one that breaks the rule was not offered by the form. */
const zPapers = z.array(zFormText).transform((list, ctx) => {
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

const ZEventTypes = z.array(zFormText).transform((types, ctx) => {
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
        dateOfBirth: requiredLookupDate(today),
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

/** The person-facing search form (portal): purpose and query, each field checked with its own message. */
export const ZLookupForm = (today: string) =>
  z.intersection(ZPurposeForm, z.intersection(zQueryForm(today), z.object({ eventTypes: ZEventTypes })))
    .transform(({ purpose, query, eventTypes }): TLookupInput => ({ purpose, query: { ...query, eventTypes: eventTypes as EventType[] } }));

/** The lookup form parsed by its schema (ZLookupForm). */
export function parseLookupForm(form: FormData, today: string): ParseResult<TLookupInput> {
  return parseWith(ZLookupForm(today), formObject(form, { lists: LOOKUP_FORM_LISTS }));
}
