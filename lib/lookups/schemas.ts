import { z } from "zod";
import { ZEventType, type CivilSearch, type EventType } from "@/lib/adapters/civil-registry/port";
import { checkPersonalId, personalIdMessage } from "@/lib/citizens/personal-id";
import { parseVnDate, isFuturePartial } from "@/lib/dates";
import { messages } from "@/lib/messages";

const m = messages.lookups;

/** Why a lookup is made. No result is ever shown without one. */
export type TPurpose =
  | { kind: "DOSSIER"; dossierCode: string; procedureCode: string; replacesPapers: string[] }
  | { kind: "COPY_REQUEST" | "CONFIRMATION_REQUEST" | "AGENCY_REQUEST"; reference: string; legalBasis: string }
  | { kind: "OTHER"; description: string; legalBasis: string };

export type TLookupInput = { purpose: TPurpose; query: CivilSearch };

export type FieldErrors = Record<string, string>;
export type ParseResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export const ZDossierCode = z
  .string()
  .trim()
  .min(1, m.dossierCodeRequired)
  .max(50, m.dossierCodeFormat)
  .regex(/^[\p{L}\p{N}._\-/]+$/u, m.dossierCodeFormat);

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

const nameOk = (s: string) => (s.match(/\p{L}/gu) ?? []).length >= 2;

/** The person-facing search form (portal): purpose and query, each field checked with its own message. */
export function parseLookupForm(form: FormData, today: string): ParseResult<TLookupInput> {
  const get = (k: string) => String(form.get(k) ?? "").trim();
  const errors: FieldErrors = {};

  let purpose: TPurpose | undefined;
  const kind = get("purposeKind");
  if (kind === "DOSSIER") {
    const code = ZDossierCode.safeParse(get("dossierCode"));
    if (!code.success) errors.dossierCode = code.error.issues[0]!.message;
    if (!get("procedureCode")) errors.procedureCode = m.procedureRequired;
    const papers = form.getAll("replacesPapers").map(String).filter(Boolean);
    if (papers.length === 0) errors.replacesPapers = m.papersRequired;
    if (code.success) purpose = { kind, dossierCode: code.data, procedureCode: get("procedureCode"), replacesPapers: [...new Set(papers)] };
  } else if (kind === "OTHER") {
    if (get("description").length < 10) errors.description = m.descriptionRequired;
    if (get("legalBasis").length < 3) errors.legalBasis = m.legalBasisRequired;
    purpose = { kind, description: get("description").slice(0, 500), legalBasis: get("legalBasis").slice(0, 300) };
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
    const fullName = get("fullName");
    if (!fullName) errors.fullName = m.fullNameRequired;
    else if (!nameOk(fullName)) errors.fullName = m.fullNameTooShort;
    const dob = dateField(get("dateOfBirth"), errors, "dateOfBirth", today, true);
    const opt = (k: string) => get(k) || undefined;
    if (fullName && nameOk(fullName) && dob) {
      query = { by, fullName: fullName.slice(0, 100), dateOfBirth: dob, fatherName: opt("fatherName"), motherName: opt("motherName"), spouseName: opt("spouseName"), eventTypes: types };
    }
  } else if (by === "registration") {
    const entryNumber = get("entryNumber");
    if (!entryNumber) errors.entryNumber = m.entryNumberRequired;
    const registeredOn = dateField(get("registeredOn"), errors, "registeredOn", today, false);
    if (entryNumber) {
      query = { by, entryNumber: entryNumber.slice(0, 20), bookNumber: get("bookNumber") || undefined, authority: get("authority") || undefined, registeredOn, eventTypes: types };
    }
  } else {
    errors.searchBy = m.searchByRequired;
  }

  if (Object.keys(errors).length > 0 || !purpose || !query) return { ok: false, fieldErrors: errors };
  return { ok: true, value: { purpose, query } };
}
