import { z } from "zod";
import { ZEventType, type CivilSearch, type EventType } from "@/lib/adapters/civil-registry/port";
import { checkPersonalId, personalIdMessage } from "@/lib/citizens/personal-id";
import { parseVnDate, isFuturePartial } from "@/lib/dates";
import { messages } from "@/lib/messages";
import { checkText, FIELDS, formText, zText, type FieldErrors } from "@/lib/validation/fields";

const m = messages.lookups;

/** Why a lookup is made. No result is ever shown without one. */
export type TPurpose =
  | { kind: "DOSSIER"; dossierCode: string; procedureCode: string; replacesPapers: string[] }
  | { kind: "COPY_REQUEST" | "CONFIRMATION_REQUEST" | "AGENCY_REQUEST"; reference: string; legalBasis: string }
  | { kind: "OTHER"; description: string; legalBasis: string };

export type TLookupInput = { purpose: TPurpose; query: CivilSearch };

export type { FieldErrors };
export type ParseResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export const ZDossierCode = zText(FIELDS.dossierCode);

/** A date field typed by a person: full or partial, never in the future. */
function dateField(raw: string, errors: FieldErrors, field: string, today: string, required: boolean): string | undefined {
  if (!raw.trim()) {
    if (required) errors[field] = m.dateRequired;
    return undefined;
  }
  const iso = parseVnDate(raw);
  if (!iso) errors[field] = m.dateInvalid;
  else if (isFuturePartial(iso, today)) errors[field] = m.dateFuture;
  return iso ?? undefined;
}

/** The person-facing search form (portal): purpose and query, each field checked with its own message. */
export function parseLookupForm(form: FormData, today: string): ParseResult<TLookupInput> {
  const get = (k: string) => String(form.get(k) ?? "").trim();
  const errors: FieldErrors = {};

  let purpose: TPurpose | undefined;
  const kind = get("purposeKind");
  if (kind === "DOSSIER") {
    const dossierCode = formText(form, "dossierCode", FIELDS.dossierCode, errors);
    const procedureCode = formText(form, "procedureCode", FIELDS.procedureCode, errors);
    const papers = [...new Set(form.getAll("replacesPapers").map((p) => (typeof p === "string" ? p : "")).filter(Boolean))];
    if (papers.length === 0) errors.replacesPapers = m.papersRequired;
    // Paper codes come from checkboxes: one that breaks the rule was not offered by the form.
    const badPaper = papers.map((p) => checkText(FIELDS.paperCode, p)).find((c) => !c.ok);
    if (badPaper && !badPaper.ok) errors.replacesPapers = badPaper.message;
    if (dossierCode && procedureCode) purpose = { kind, dossierCode, procedureCode, replacesPapers: papers };
  } else if (kind === "OTHER") {
    // Never cut short: a description or basis over its limit is refused at its field.
    const description = formText(form, "description", FIELDS.purposeDescription, errors);
    const legalBasis = formText(form, "legalBasis", FIELDS.legalBasis, errors);
    purpose = { kind, description, legalBasis };
  } else {
    errors.purposeKind = m.purposeRequired;
  }

  const eventTypes = form.getAll("eventTypes").map(String);
  const parsedTypes = z.array(ZEventType).safeParse(eventTypes);
  if (!parsedTypes.success || eventTypes.length === 0) errors.eventTypes = m.eventTypesRequired;
  const types: EventType[] | undefined = parsedTypes.success && eventTypes.length ? parsedTypes.data : undefined;

  let query: CivilSearch | undefined;
  const by = get("searchBy");
  if (by === "personalId") {
    const id = get("personalId").replace(/\s+/g, "");
    const checkDob = dateField(get("checkDateOfBirth"), errors, "checkDateOfBirth", today, false);
    const sex = get("checkSex");
    if (!id) errors.personalId = m.personalIdRequired;
    else {
      const problem = checkPersonalId(id, {
        year: checkDob ? Number(checkDob.slice(0, 4)) : undefined,
        sex: sex === "M" || sex === "F" ? sex : undefined,
        currentYear: Number(today.slice(0, 4)),
      });
      if (problem) errors.personalId = personalIdMessage(problem);
      else query = { by, personalId: id, eventTypes: types };
    }
  } else if (by === "name") {
    // The same rules as the system API's (lib/lookups/api-schemas.ts): nothing is shortened.
    const fullName = formText(form, "fullName", FIELDS.fullName, errors);
    const dob = dateField(get("dateOfBirth"), errors, "dateOfBirth", today, true);
    const opt = (k: "fatherName" | "motherName" | "spouseName") => formText(form, k, FIELDS[k], errors) || undefined;
    const [fatherName, motherName, spouseName] = [opt("fatherName"), opt("motherName"), opt("spouseName")];
    if (fullName && dob) query = { by, fullName, dateOfBirth: dob, fatherName, motherName, spouseName, eventTypes: types };
  } else if (by === "registration") {
    const entryNumber = formText(form, "entryNumber", FIELDS.entryNumber, errors);
    const bookNumber = formText(form, "bookNumber", FIELDS.bookNumber, errors) || undefined;
    const authority = formText(form, "authority", FIELDS.authority, errors) || undefined;
    const registeredOn = dateField(get("registeredOn"), errors, "registeredOn", today, false);
    if (entryNumber) query = { by, entryNumber, bookNumber, authority, registeredOn, eventTypes: types };
  } else {
    errors.searchBy = m.searchByRequired;
  }

  if (Object.keys(errors).length > 0 || !purpose || !query) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { purpose, query } };
}
