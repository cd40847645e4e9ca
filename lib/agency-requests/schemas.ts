import { z } from "zod";
import { ZEventType, type EventType } from "@/lib/adapters/civil-registry/port";
import { parseVnDate } from "@/lib/dates";
import type { FieldErrors, ParseResult } from "@/lib/lookups/schemas";
import type { AgencyRequestStatus } from "@/lib/generated/prisma/enums";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import type { PersonInput } from "@/lib/agency-requests/people";
import { filterCode, filterText, FIELDS, formText, zText } from "@/lib/validation/fields";
import { ZRowId } from "@/lib/validation/ids";

export const AGENCY_STATUSES = ["SUBMITTED", "RETURNED", "ACCEPTED", "ANSWERED", "REFUSED"] as const satisfies readonly AgencyRequestStatus[];
/** Record kinds an agency may ask for (the register's event types). */
export const RECORD_KINDS = ["BIRTH", "MARRIAGE", "DEATH", "PARENTAGE", "GUARDIANSHIP", "CHANGE_CORRECTION", "DIVORCE", "ADOPTION"] as const satisfies readonly EventType[];
/** The filing form's keys that hold several values (checkboxes). */
export const AGENCY_FORM_LISTS = ["recordKinds"] as const;
/** Rows of the people table offered on the form (more through a CSV upload). */
export const FORM_ROWS = 10;

/** Where the people come from: typed rows, or an uploaded CSV (checked by fileRequest, all or nothing). */
export type TPeopleSource = { kind: "rows"; rows: PersonInput[] } | { kind: "csv"; bytes: Uint8Array };

export type TFileRequest = {
  /** Set to re-file a RETURNED request (with the version the page showed). */
  id?: { id: string; version: number };
  letterNumber: string;
  /** yyyy-MM-dd */
  letterDate: string;
  signerName: string;
  signerTitle: string | null;
  reason: string;
  legalBasis: string;
  recordKinds: EventType[];
  /** yyyy-MM-dd, or null */
  requestedDueOn: string | null;
  people: TPeopleSource;
};

export const ZTransition = z.object({ id: ZRowId, version: z.coerce.number().int().min(0) });
export type TTransition = z.infer<typeof ZTransition>;

export const ZListFilter = z.object({
  status: z.enum(AGENCY_STATUSES).optional().catch(undefined),
  flag: z.enum(["overdue", "dueSoon"]).optional().catch(undefined),
  q: filterText(60),
  /** Handling unit's code (the reports' figures link here); narrows, never widens, the scope. */
  unit: filterCode(),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type TListFilter = z.infer<typeof ZListFilter>;

/**
 * The filing form: letter, signer, reason, legal basis, kinds wanted, optional deadline, and the
 * people (rows `personalId.N`, `fullName.N`, `dateOfBirth.N`, `note.N`, or the file `peopleCsv`).
 * Each problem at its field in Vietnamese; the people themselves are checked by fileRequest.
 */
export function parseFileRequestForm(form: FormData, today: string): ParseResult<TFileRequest> & { csv?: File } {
  const get = (k: string) => String(form.get(k) ?? "").trim();
  const errors: FieldErrors = {};
  // Every text at its field's rule (lib/validation/fields.ts): refused when too long, never cut short.
  const letterNumber = formText(form, "letterNumber", FIELDS.letterNumber, errors);
  const letterDate = parseVnDate(get("letterDate"), { allowPartial: false });
  if (!letterDate || letterDate > today) errors.letterDate = m.letterDateInvalid;
  const signerName = formText(form, "signerName", FIELDS.signerName, errors);
  const signerTitle = formText(form, "signerTitle", FIELDS.signerTitle, errors);
  const reason = formText(form, "reason", FIELDS.requestReason, errors);
  const legalBasis = formText(form, "legalBasis", FIELDS.legalBasis, errors);
  const kinds = z.array(ZEventType).safeParse([...new Set(form.getAll("recordKinds").map(String))]);
  if (!kinds.success || kinds.data.length === 0) errors.recordKinds = m.recordKindsRequired;
  const dueText = get("requestedDueOn");
  const requestedDueOn = dueText ? parseVnDate(dueText, { allowPartial: false }) : null;
  if (dueText && (!requestedDueOn || requestedDueOn <= today)) errors.requestedDueOn = m.requestedDueInvalid;

  const file = form.get("peopleCsv");
  const csv = file instanceof File && file.size > 0 ? file : undefined;
  const rows: PersonInput[] = [];
  for (let i = 0; i < FORM_ROWS * 5; i++) {
    if (!form.has(`personalId.${i}`) && !form.has(`fullName.${i}`)) continue;
    rows[i] = { personalId: get(`personalId.${i}`), fullName: get(`fullName.${i}`), dateOfBirth: get(`dateOfBirth.${i}`), note: get(`note.${i}`) };
  }
  const idText = get("id");
  const id = idText ? ZTransition.safeParse({ id: idText, version: get("version") }) : null;
  if (Object.keys(errors).length || (id && !id.success)) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    csv,
    value: {
      id: id?.success ? id.data : undefined,
      letterNumber, letterDate: letterDate!, signerName, signerTitle: signerTitle || null,
      reason, legalBasis, recordKinds: kinds.data!, requestedDueOn,
      // Replaced by the CSV's bytes by the action when a file was uploaded.
      people: { kind: "rows", rows: Array.from(rows, (r) => r ?? {}) },
    },
  };
}

export const ZNote = zText(FIELDS.note);
