import { z } from "zod";
import { ZCursorFields } from "@/lib/pagination/keyset";
import type { CivilSearch } from "@/lib/adapters/civil-registry/port";
import { parseLookupForm, type FieldErrors, type ParseResult } from "@/lib/lookups/schemas";
import { MAX_CONFIRMATION_RECORDS, MAX_COPIES } from "@/lib/copies/limits";
import { messages } from "@/lib/messages";
import { filterCode, filterText, FIELDS, formText, zText } from "@/lib/validation/fields";
import { ZRowId } from "@/lib/validation/ids";
import { DISPLAY_STATUSES } from "@/lib/copies/display-status";
import type { RequestChannel, RequestKind, RequesterRelation } from "@/lib/generated/prisma/enums";
import { isFuturePartial, parseVnDate, todayInVietnam } from "@/lib/dates";
import { isRelative, papersErrors, type AuthorisationCertification } from "@/lib/copies/requester-rules";
import { REQUESTER_FIELDS, requesterTexts } from "@/lib/copies/requester-texts";
import { parseSubjectChoice, type SubjectChoice } from "@/lib/copies/subject";

const m = messages.copies;
export const REQUEST_KINDS = ["COPY", "CONFIRMATION"] as const satisfies readonly RequestKind[];
export const CHANNELS = ["COUNTER", "ONLINE", "POST"] as const satisfies readonly RequestChannel[];
export const RELATIONS = ["SELF", "PARENT", "SPOUSE", "CHILD", "SIBLING", "GRANDPARENT", "AUTHORISED"] as const satisfies readonly RequesterRelation[];
/** What the intake form offers: the stored relations and an agency, which is refused at the counter (Art. 64). */
export const RELATION_CHOICES = [...RELATIONS, "AGENCY"] as const;
export { MAX_CONFIRMATION_RECORDS, MAX_COPIES } from "@/lib/copies/limits";
/** Stated on every lookup made for a request (the access log's "why"). */
export const REQUEST_LEGAL_BASIS = "Điều 63 Luật Hộ tịch; Điều 13 Nghị định 87/2020/NĐ-CP";

export const ZRequestKind = z.enum(REQUEST_KINDS);

export type TCreateRequest = {
  kind: RequestKind;
  /** The receipt number reserved when the officer searched; checked against their lookups. */
  reference: string;
  recordIds: string[];
  channel: RequestChannel;
  requesterName: string;
  requesterIdNumber: string;
  requesterPhone: string | null;
  requesterAddress: string | null;
  relation: RequesterRelation;
  /** A relative's written authorisation, or an authorised person's certified one. */
  authorisationRef: string | null;
  /** Required for SELF on a record without ID number (partial ISO). */
  requesterDateOfBirth?: string | null;
  /** A relative's proof of the relationship. */
  relationshipProof?: string | null;
  /** An authorised person's certification of the authorisation. */
  authorisationCertification?: AuthorisationCertification | null;
  /** A confirmation's "nội dung đề nghị xác nhận" (procedure 2.002516). */
  confirmationContent?: string | null;
  /** The person of the records the request is about, chosen by the officer (required for a confirmation). */
  subject?: SubjectChoice | null;
  copies: number;
  feeExemptReason: string | null;
  purposeText: string | null;
};

const oneOf = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);

/**
 * The intake form, each problem at its field in Vietnamese. The exemption reason is checked against
 * the configuration in force by createRequest, which reads it.
 */
export function parseCreateRequestForm(form: FormData, today: string = todayInVietnam()): ParseResult<TCreateRequest> {
  const get = (k: string) => String(form.get(k) ?? "").trim();
  const errors: FieldErrors = {};
  const kind = get("requestKind");
  if (!oneOf(REQUEST_KINDS, kind)) errors.requestKind = m.kindRequired;
  const reference = get("reference");
  const recordIds = [...new Set(form.getAll("recordIds").map(String).filter(Boolean))];
  if (!reference || recordIds.length === 0) errors.records = m.searchFirst;
  else if (kind === "COPY" && recordIds.length !== 1) errors.records = m.copyOneRecord;
  else if (kind === "CONFIRMATION" && recordIds.length > MAX_CONFIRMATION_RECORDS) errors.records = m.confirmationRecords;

  const channel = get("channel");
  if (!oneOf(CHANNELS, channel)) errors.channel = m.channelRequired;
  const requesterName = formText(form, "requesterName", FIELDS.requesterName, errors);
  const requesterIdNumber = get("requesterIdNumber").replace(/\s+/g, "").toUpperCase();
  if (!requesterIdNumber) errors.requesterIdNumber = m.idNumberRequired;
  else if (!/^[A-Z0-9]{8,12}$/.test(requesterIdNumber)) errors.requesterIdNumber = m.idNumberInvalid;
  const phone = get("requesterPhone").replace(/[\s.-]/g, "");
  if (phone && !/^(0|\+84)\d{9}$/.test(phone)) errors.requesterPhone = m.phoneInvalid;
  const address = formText(form, "requesterAddress", FIELDS.requesterAddress, errors);
  if (channel === "POST" && !address) errors.requesterAddress ??= m.addressRequiredForPost;

  const relation = get("relation");
  if (!oneOf(RELATION_CHOICES, relation)) errors.relation = m.relationRequired;
  // Luật Hộ tịch Art. 63–64 (lib/copies/requester-rules.ts): a relative brings a written
  // authorisation and proof of the relationship; anyone else a certified authorisation; SELF is
  // checked against the record (by createRequest, which reads it), with a date of birth for
  // legacy records without ID number; an agency does not ask here.
  const date = (key: string, required: string | null, invalid: string, future: string, allowPartial: boolean): string => {
    const raw = get(key);
    if (!raw) {
      if (required) errors[key] ??= required;
      return "";
    }
    const iso = parseVnDate(raw, { allowPartial });
    if (!iso) errors[key] ??= invalid;
    else if (isFuturePartial(iso, today)) errors[key] ??= future;
    return iso ?? "";
  };
  const t = requesterTexts;
  // Needed only to compare with a record that carries no ID number: createRequest asks for it then.
  const requesterDateOfBirth = date("requesterDateOfBirth", null, t.dobInvalid, t.dobFuture, true);
  const authorisationRef =
    relation === "AUTHORISED" ? formText(form, "authorisationRef", REQUESTER_FIELDS.authorisedRef, errors)
    : isRelative(relation) ? formText(form, "authorisationRef", REQUESTER_FIELDS.relativeAuthorisationRef, errors)
    : "";
  const relationshipProof = isRelative(relation) ? formText(form, "relationshipProof", REQUESTER_FIELDS.relationshipProof, errors) : "";
  const certification = relation === "AUTHORISED"
    ? {
        by: formText(form, "authorisationCertifiedBy", REQUESTER_FIELDS.authorisationCertifiedBy, errors),
        number: formText(form, "authorisationCertificationNumber", REQUESTER_FIELDS.authorisationCertificationNumber, errors),
        on: date("authorisationCertifiedOn", t.certifiedOnRequired, t.certifiedOnInvalid, t.certifiedOnFuture, false),
      }
    : null;
  if (relation === "AGENCY") Object.assign(errors, papersErrors({ relation, authorisationRef: null, relationshipProof: null, authorisationCertification: null }));

  const copiesRaw = get("copies");
  const copies = /^\d{1,2}$/.test(copiesRaw) ? Number(copiesRaw) : NaN;
  if (!(copies >= 1 && copies <= MAX_COPIES)) errors.copies = m.copiesInvalid;
  const exempt = formText(form, "feeExemptReason", FIELDS.feeExemptReason, errors);
  // Only a confirmation states what it is for; never cut short, refused when too long.
  const purposeText = kind === "CONFIRMATION" ? formText(form, "purposeText", FIELDS.purposeText, errors) : "";
  // The confirmation's request form (2.002516): what to confirm, and about whom.
  const confirmationContent = kind === "CONFIRMATION" ? formText(form, "confirmationContent", REQUESTER_FIELDS.confirmationContent, errors) : "";
  const subjectRaw = get("subject");
  const subject = subjectRaw ? parseSubjectChoice(subjectRaw) : null;
  if (subjectRaw && !subject) errors.subject = t.subjectRequired;
  else if (kind === "CONFIRMATION" && !subject) errors.subject ??= t.subjectRequired;

  if (Object.keys(errors).length > 0) return { ok: false, fieldErrors: errors };
  return {
    ok: true,
    value: {
      kind: kind as RequestKind,
      reference,
      recordIds,
      channel: channel as RequestChannel,
      requesterName,
      requesterIdNumber,
      requesterPhone: phone || null,
      requesterAddress: address || null,
      relation: relation as RequesterRelation,
      authorisationRef: authorisationRef || null,
      requesterDateOfBirth: requesterDateOfBirth || null,
      relationshipProof: relationshipProof || null,
      authorisationCertification: certification,
      confirmationContent: confirmationContent || null,
      subject,
      copies,
      feeExemptReason: exempt || null,
      purposeText: purposeText || null,
    },
  };
}

/**
 * The search part of the intake form. It reuses the lookup form's rules (same fields, same
 * messages); the purpose there is the request itself, set by the use case, so a placeholder purpose
 * satisfies the lookup parser and is then dropped.
 */
export function parseRequestSearchForm(form: FormData, today: string): ParseResult<CivilSearch> {
  const copy = new FormData();
  for (const [k, v] of form.entries()) copy.append(k, v);
  copy.set("purposeKind", "OTHER");
  copy.set("description", "yêu cầu cấp bản sao, xác nhận");
  copy.set("legalBasis", REQUEST_LEGAL_BASIS);
  const parsed = parseLookupForm(copy, today);
  return parsed.ok ? { ok: true, value: parsed.value.query } : parsed;
}

export const ZReason = zText(FIELDS.reason);
export const ZTransitionInput = z.object({ id: ZRowId, version: z.coerce.number().int().min(0) });
export type TTransitionInput = z.infer<typeof ZTransitionInput>;

export const ZRequestFilter = z.object({
  kind: ZRequestKind.optional().catch(undefined),
  status: z.enum(DISPLAY_STATUSES).optional().catch(undefined),
  overdue: z.enum(["1"]).optional().catch(undefined),
  unit: filterCode(),
  q: filterText(100),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TRequestFilter = z.infer<typeof ZRequestFilter>;

export const ZRegisterFilter = z.object({
  kind: z.enum(["COPY_BIRTH", "COPY_MARRIAGE", "COPY_DEATH", "COPY_PARENTAGE", "COPY_GUARDIANSHIP", "COPY_CHANGE_CORRECTION", "COPY_DIVORCE", "COPY_ADOPTION", "COPY_OTHER", "CONFIRMATION"]).optional().catch(undefined),
  from: filterText(10),
  to: filterText(10),
  unit: filterCode(),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  /** Keyset position (lib/pagination/keyset.ts) and the register number (STT) of the page's first row. */
  ...ZCursorFields,
  n: z.coerce.number().int().min(1).max(100_000_000).optional().catch(undefined),
});
export type TRegisterFilter = z.infer<typeof ZRegisterFilter>;
