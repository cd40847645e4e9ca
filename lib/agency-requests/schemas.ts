import { z } from "zod";
import { ZEventType, type EventType } from "@/lib/adapters/civil-registry/port";
import { parseVnDate } from "@/lib/dates";
import type { FieldErrors, ParseResult } from "@/lib/lookups/schemas";
import type { AgencyRequestStatus } from "@/lib/generated/prisma/enums";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import type { PersonInput } from "@/lib/agency-requests/people";

export const AGENCY_STATUSES = ["SUBMITTED", "RETURNED", "ACCEPTED", "ANSWERED", "REFUSED"] as const satisfies readonly AgencyRequestStatus[];
/** Record kinds an agency may ask for (the register's event types). */
export const RECORD_KINDS = ["BIRTH", "MARRIAGE", "DEATH", "PARENTAGE", "GUARDIANSHIP", "CHANGE_CORRECTION", "DIVORCE", "ADOPTION"] as const satisfies readonly EventType[];
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

export const ZTransition = z.object({ id: z.string().min(1).max(40), version: z.coerce.number().int().min(0) });
export type TTransition = z.infer<typeof ZTransition>;

export const ZListFilter = z.object({
  status: z.enum(AGENCY_STATUSES).optional().catch(undefined),
  flag: z.enum(["overdue", "dueSoon"]).optional().catch(undefined),
  q: z.string().trim().max(60).optional().catch(undefined),
  /** Handling unit's code (the reports' figures link here); narrows, never widens, the scope. */
  unit: z.string().trim().regex(/^[0-9A-Za-z-]{1,20}$/).optional().catch(undefined),
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
  const letterNumber = get("letterNumber");
  if (!letterNumber) errors.letterNumber = m.letterNumberRequired;
  else if (letterNumber.length > 50 || !/^[\p{L}\p{N}/._\- ]+$/u.test(letterNumber)) errors.letterNumber = m.letterNumberFormat;
  const letterDate = parseVnDate(get("letterDate"), { allowPartial: false });
  if (!letterDate || letterDate > today) errors.letterDate = m.letterDateInvalid;
  const signerName = get("signerName").replace(/\s+/g, " ");
  if ((signerName.match(/\p{L}/gu) ?? []).length < 2 || signerName.length > 100) errors.signerName = m.signerRequired;
  const reason = get("reason");
  if (reason.length < 10) errors.reason = m.reasonRequired;
  const legalBasis = get("legalBasis");
  if (legalBasis.length < 5) errors.legalBasis = m.legalBasisRequired;
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
      letterNumber, letterDate: letterDate!, signerName, signerTitle: get("signerTitle").slice(0, 150) || null,
      reason: reason.slice(0, 2000), legalBasis: legalBasis.slice(0, 500), recordKinds: kinds.data!, requestedDueOn,
      // Replaced by the CSV's bytes by the action when a file was uploaded.
      people: { kind: "rows", rows: Array.from(rows, (r) => r ?? {}) },
    },
  };
}

export const ZNote = z.string().trim().min(5, m.noteRequired).max(1000);
