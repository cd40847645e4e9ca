import { z } from "@/lib/validation/zod";
import { messages } from "@/lib/text/messages";
import { agencyMessages } from "@/lib/agency-requests/messages";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { fieldMessages as m } from "@/lib/validation/messages";

// One rule per field (length, characters, shape), used by the portal's forms and by the system API
// alike, so that what one accepts the other accepts, and nothing is ever cut short without a word:
// a value that breaks its rule is refused at its field (issue 12: the form truncated names that the
// API refused, a 300 KB name reached the national system and the database). Messages are Vietnamese.

export type FieldErrors = Record<string, string>;

export type TextRule = {
  /** The field's name in messages ("Họ tên cha"). */
  label: string;
  max: number;
  /** Shorter (but not empty) is refused with `tooShort`, or a generic message. */
  min?: number;
  tooShort?: string;
  /** Set for a required field: the message when it is empty. */
  required?: string;
  /** A person's name: at least two letters. */
  letters?: string;
  pattern?: { re: RegExp; message: string };
  /** Textareas keep line breaks and tabs; one-line fields refuse them (no input sends one). */
  multiline?: boolean;
  /** Runs of spaces become one (names typed or pasted with doubled spaces). */
  collapseSpaces?: boolean;
};

/**
 * Characters no person types: C0 and C1 controls and DEL. NUL above all: PostgreSQL refuses it in
 * text, so it used to surface as a 500 after the request had started writing.
 */
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
const CONTROL_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

export const hasControlChars = (s: string, multiline = false): boolean => (multiline ? CONTROL_MULTILINE : CONTROL).test(s);

const L = m.labels;
const name = (label: string, extra: Partial<TextRule> = {}): TextRule => ({ label, max: 100, letters: m.letters(label), collapseSpaces: true, ...extra });
const lk = messages.lookups;
const cp = messages.copies;
const ag = agencyMessages;

/** Every free-text field of the forms and the API. */
export const FIELDS = {
  // Lookups: the portal's form and POST /api/v1/lookups.
  fullName: name(L.fullName, { required: lk.fullNameRequired, letters: lk.fullNameTooShort }),
  fatherName: name(L.fatherName),
  motherName: name(L.motherName),
  spouseName: name(L.spouseName),
  entryNumber: { label: L.entryNumber, max: 20, required: lk.entryNumberRequired },
  bookNumber: { label: L.bookNumber, max: 20 },
  authority: { label: L.authority, max: 200, collapseSpaces: true },
  dossierCode: { label: L.dossierCode, max: TEXT_LIMITS.dossierCodeMax, required: lk.dossierCodeRequired, pattern: { re: /^[\p{L}\p{N}._\-/]+$/u, message: lk.dossierCodeFormat } },
  // The catalogue's own rule for procedure codes (lib/admin/settings/procedures.ts).
  procedureCode: { label: L.procedureCode, max: 20, required: lk.procedureRequired, pattern: { re: /^[0-9A-Za-z.-]{3,20}$/, message: lk.procedureUnknown } },
  paperCode: { label: L.paperCode, max: 60, required: lk.papersRequired, pattern: { re: /^[A-Za-z0-9._-]+$/, message: lk.paperNotInProcedure } },
  purposeDescription: { label: L.purposeDescription, min: TEXT_LIMITS.explanationMin, max: 500, required: lk.descriptionRequired, tooShort: lk.descriptionRequired, multiline: true },
  legalBasis: { label: L.legalBasis, min: 5, max: 500, required: ag.legalBasisRequired, tooShort: ag.legalBasisRequired, multiline: true },
  unitCode: { label: L.unitCode, max: 20, required: m.required(L.unitCode), pattern: { re: /^[0-9A-Za-z-]+$/, message: m.format(L.unitCode) } },
  // Copy and confirmation requests.
  requesterName: name(L.requesterName, { required: cp.requesterNameRequired, letters: cp.requesterNameInvalid }),
  requesterAddress: { label: L.requesterAddress, max: 300, collapseSpaces: true },
  authorisationRef: { label: L.authorisationRef, min: 3, max: 200, required: cp.authorisationRequired, tooShort: cp.authorisationRequired },
  feeExemptReason: { label: L.feeExemptReason, max: 200 },
  purposeText: { label: L.purposeText, min: TEXT_LIMITS.explanationMin, max: 500, required: cp.purposeTextRequired, tooShort: cp.purposeTextRequired, multiline: true },
  reason: { label: L.reason, min: TEXT_LIMITS.explanationMin, max: 500, required: cp.reasonRequired, tooShort: cp.reasonRequired, multiline: true },
  // Agency data requests.
  letterNumber: { label: L.letterNumber, max: 50, required: ag.letterNumberRequired, pattern: { re: /^[\p{L}\p{N}/._\- ]+$/u, message: ag.letterNumberFormat } },
  signerName: name(L.signerName, { required: ag.signerRequired, letters: ag.signerRequired }),
  signerTitle: { label: L.signerTitle, max: 150, collapseSpaces: true },
  requestReason: { label: L.requestReason, min: 10, max: 2000, required: ag.reasonRequired, tooShort: ag.reasonRequired, multiline: true },
  personName: name(L.fullName, { letters: ag.personNameInvalid }),
  // A CSV cell may hold line breaks (quoted): kept as spaces.
  personNote: { label: L.personNote, max: 300, multiline: true, collapseSpaces: true },
  note: { label: L.note, min: 5, max: 1000, required: ag.noteRequired, tooShort: ag.noteRequired, multiline: true },
} as const satisfies Record<string, TextRule>;

export type CheckedText = { ok: true; value: string } | { ok: false; message: string };

/**
 * Checks one value against its rule: trimmed and NFC-normalised (so a decomposed "ễ" counts as one
 * character), then controls, emptiness, length, letters and shape, the first problem winning. An
 * empty optional field is "" (the caller treats it as absent).
 */
export function checkText(rule: TextRule, raw: string): CheckedText {
  if (hasControlChars(raw, rule.multiline)) return { ok: false, message: m.control(rule.label) };
  let value = raw.normalize("NFC").trim();
  if (rule.collapseSpaces) value = value.replace(/\s+/g, " ");
  if (!value) return rule.required ? { ok: false, message: rule.required } : { ok: true, value };
  if (value.length > rule.max) return { ok: false, message: m.tooLong(rule.label, rule.max) };
  if (rule.min && value.length < rule.min) return { ok: false, message: rule.tooShort ?? m.tooShort(rule.label, rule.min) };
  if (rule.letters && (value.match(/\p{L}/gu) ?? []).length < 2) return { ok: false, message: rule.letters };
  if (rule.pattern && !rule.pattern.re.test(value)) return { ok: false, message: rule.pattern.message };
  return { ok: true, value };
}

/** The rule as a zod schema (required or not as the rule says; "" allowed for optional fields). */
export function zText(rule: TextRule) {
  return z.string().transform((raw, ctx) => {
    const checked = checkText(rule, raw);
    if (checked.ok) return checked.value;
    ctx.addIssue({ code: "custom", message: checked.message });
    return z.NEVER;
  });
}

/** An optional field of an API body: absent or empty is undefined. */
export function zOptionalText(rule: TextRule) {
  return zText({ ...rule, required: undefined })
    .optional()
    .transform((v) => v || undefined);
}

/**
 * A free-text filter of a list (search box, code): trimmed, at most `max`, no control characters;
 * anything else is ignored as if absent, as the lists ignore any other unusable filter.
 */
export function filterText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((v) => !hasControlChars(v))
    .optional()
    .catch(undefined);
}

/** A code filter (unit, procedure: letters, digits, . and -), else ignored. */
export function filterCode(max = 20) {
  return z
    .string()
    .trim()
    .regex(new RegExp(`^[0-9A-Za-z.-]{1,${max}}$`))
    .optional()
    .catch(undefined);
}
