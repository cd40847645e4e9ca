import { z } from "@/lib/validation/zod";
import { ZEventType, type EventType } from "@/lib/adapters/civil-registry/port";
import { parseVnDate } from "@/lib/text/dates";
import type { AgencyRequestStatus } from "@/lib/generated/prisma/enums";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { messages } from "@/lib/text/messages";
import type { PersonInput } from "@/lib/agency-requests/people";
import { filterCode, filterText, FIELDS, zText } from "@/lib/validation/fields";
import { zFormField, zFormList, zFormTrimmed } from "@/lib/validation/form-fields";
import { formObject } from "@/lib/validation/form-values";
import { parseWith, type ParseResult } from "@/lib/validation/parse";
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

/** The typed rows of the people table (`personalId.N`, `fullName.N`, `dateOfBirth.N`, `note.N`), by row number. */
const ZPeopleRows = z.record(z.string(), z.unknown()).transform((input): PersonInput[] => {
  const text = (key: string) => (typeof input[key] === "string" ? input[key].trim() : "");
  const rows: PersonInput[] = [];
  for (let i = 0; i < FORM_ROWS * 5; i++) {
    if (!(`personalId.${i}` in input) && !(`fullName.${i}` in input)) continue;
    rows[i] = { personalId: text(`personalId.${i}`), fullName: text(`fullName.${i}`), dateOfBirth: text(`dateOfBirth.${i}`), note: text(`note.${i}`) };
  }
  return Array.from(rows, (r) => r ?? {});
});

/** A whole date (dd/MM/yyyy) as ISO, or the message when it is missing, malformed or out of `allowed`. */
const zWholeDate = (message: string, allowed: (iso: string) => boolean, optional = false) =>
  zFormTrimmed.transform((typed, ctx) => {
    if (!typed && optional) return null;
    const iso = parseVnDate(typed, { allowPartial: false });
    if (!iso || !allowed(iso)) ctx.addIssue({ code: "custom", message });
    return iso;
  });

/**
 * The filing form: letter, signer, reason, legal basis, kinds wanted, optional deadline, and the
 * people (the typed rows, or the file `peopleCsv`). Every text at its field's rule (refused when too
 * long, never cut short); the people themselves are checked by fileRequest.
 */
export const ZFileRequestForm = (today: string) =>
  z
    .intersection(
      z.object({
        letterNumber: zFormField(FIELDS.letterNumber),
        letterDate: zWholeDate(m.letterDateInvalid, (iso) => iso <= today),
        signerName: zFormField(FIELDS.signerName),
        signerTitle: zFormField(FIELDS.signerTitle),
        reason: zFormField(FIELDS.requestReason),
        legalBasis: zFormField(FIELDS.legalBasis),
        recordKinds: zFormList.transform((kinds, ctx) => {
          const parsed = z.array(ZEventType).safeParse([...new Set(kinds)]);
          if (!parsed.success || parsed.data.length === 0) ctx.addIssue({ code: "custom", message: m.recordKindsRequired });
          return parsed.data ?? [];
        }),
        requestedDueOn: zWholeDate(m.requestedDueInvalid, (iso) => iso > today, true),
        // Set to re-file a RETURNED request: the page's own hidden fields, anything else refused.
        id: zFormTrimmed,
        version: zFormTrimmed,
        peopleCsv: z.unknown().optional(),
      }),
      z.object({ people: ZPeopleRows }),
    )
    .transform((f, ctx) => {
      const id = f.id ? ZTransition.safeParse({ id: f.id, version: f.version }) : null;
      // No field shows it: the page never sends a malformed id, so nothing is filed and nothing said.
      if (id && !id.success) ctx.addIssue({ code: "custom", path: ["id"], message: messages.errors.INVALID_INPUT });
      const value: TFileRequest = {
        id: id?.success ? id.data : undefined,
        letterNumber: f.letterNumber, letterDate: f.letterDate!, signerName: f.signerName, signerTitle: f.signerTitle || null,
        reason: f.reason, legalBasis: f.legalBasis, recordKinds: f.recordKinds, requestedDueOn: f.requestedDueOn,
        // Replaced by the CSV's bytes by the action when a file was uploaded.
        people: { kind: "rows", rows: f.people },
      };
      return { value, csv: f.peopleCsv instanceof File && f.peopleCsv.size > 0 ? f.peopleCsv : undefined };
    });

/** The filing form parsed by its schema (ZFileRequestForm). */
export function parseFileRequestForm(form: FormData, today: string): ParseResult<TFileRequest> & { csv?: File } {
  const input = formObject(form, { lists: AGENCY_FORM_LISTS });
  const parsed = parseWith(ZFileRequestForm(today), { ...input, people: input });
  return parsed.ok ? { ok: true, value: parsed.value.value, csv: parsed.value.csv } : parsed;
}

export const ZNote = zText(FIELDS.note);
