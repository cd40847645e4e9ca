import { z } from "@/lib/validation/zod";
import { ZCursorFields } from "@/lib/pagination/keyset";
import type { CivilSearch } from "@/lib/adapters/civil-registry/port";
import { ZSearchForm } from "@/lib/lookups/schemas";
import { MAX_CONFIRMATION_RECORDS, MAX_COPIES } from "@/lib/copies/limits";
import { messages } from "@/lib/text/messages";
import { checkText, filterCode, filterText, FIELDS, zText } from "@/lib/validation/fields";
import { zFormField, zFormList, zFormText, zFormTrimmed, zVnDate } from "@/lib/validation/form-fields";
import { formObject } from "@/lib/validation/form-values";
import { parseWith, type ParseResult } from "@/lib/validation/parse";
import { ZRowId } from "@/lib/validation/ids";
import { DISPLAY_STATUSES } from "@/lib/copies/display-status";
import type { RequestChannel, RequestKind, RequesterRelation } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "@/lib/text/dates";
import { papersErrors, RELATIVES, type AuthorisationCertification } from "@/lib/copies/requester-rules";
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
/** The intake form's keys that hold several values (the event types searched, the records chosen). */
export const COPY_FORM_LISTS = ["eventTypes", "recordIds"] as const;

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

const t = requesterTexts;

/** Which records, for which kind of request, and about whom (a confirmation names its person). */
const ZRecordChoice = z
  .object({ requestKind: zFormTrimmed, reference: zFormTrimmed, recordIds: zFormList, subject: zFormTrimmed })
  .transform(({ requestKind: kind, reference, recordIds: ids, subject: subjectRaw }, ctx) => {
    const recordIds = [...new Set(ids.filter(Boolean))];
    const records =
      !reference || recordIds.length === 0 ? m.searchFirst
      : kind === "COPY" && recordIds.length !== 1 ? m.copyOneRecord
      : kind === "CONFIRMATION" && recordIds.length > MAX_CONFIRMATION_RECORDS ? m.confirmationRecords
      : null;
    if (records) ctx.addIssue({ code: "custom", path: ["records"], message: records });
    const subject = subjectRaw ? parseSubjectChoice(subjectRaw) : null;
    if ((subjectRaw && !subject) || (kind === "CONFIRMATION" && !subject)) ctx.addIssue({ code: "custom", path: ["subject"], message: t.subjectRequired });
    return { reference, recordIds, subject };
  });

/** Only a confirmation states what it is for and what to confirm (procedure 2.002516); never cut short. */
const ZKindFields = z.discriminatedUnion(
  "requestKind",
  [
    z.object({ requestKind: z.literal("COPY") }).transform(() => ({ kind: "COPY" as const, purposeText: null, confirmationContent: null })),
    z.object({ requestKind: z.literal("CONFIRMATION"), purposeText: zFormField(FIELDS.purposeText), confirmationContent: zFormField(REQUESTER_FIELDS.confirmationContent) })
      .transform(({ purposeText, confirmationContent }) => ({ kind: "CONFIRMATION" as const, purposeText, confirmationContent })),
  ],
  { error: m.kindRequired },
);

/** How the result is handed over; by post it needs the address. */
const ZDelivery = z.object({ channel: zFormTrimmed, requesterAddress: zFormText }).transform(({ channel, requesterAddress: raw }, ctx) => {
  if (!(CHANNELS as readonly string[]).includes(channel)) ctx.addIssue({ code: "custom", path: ["channel"], message: m.channelRequired });
  const address = checkText(FIELDS.requesterAddress, raw);
  if (!address.ok) ctx.addIssue({ code: "custom", path: ["requesterAddress"], message: address.message });
  else if (channel === "POST" && !address.value) ctx.addIssue({ code: "custom", path: ["requesterAddress"], message: m.addressRequiredForPost });
  return { channel: channel as RequestChannel, requesterAddress: (address.ok && address.value) || null };
});

/** The requester, the copies and the fee. */
const ZRequester = (today: string) =>
  z.object({
    requesterName: zFormField(FIELDS.requesterName),
    requesterIdNumber: zFormTrimmed
      .transform((v) => v.replace(/\s+/g, "").toUpperCase())
      .pipe(z.string().min(1, m.idNumberRequired).regex(/^[A-Z0-9]{8,12}$/, m.idNumberInvalid)),
    requesterPhone: zFormTrimmed.transform((v) => v.replace(/[\s.-]/g, "")).pipe(z.string().regex(/^((0|\+84)\d{9})?$/, m.phoneInvalid)),
    // Needed only to compare with a record that carries no ID number: createRequest asks for it then.
    requesterDateOfBirth: zVnDate(today, { invalid: t.dobInvalid, future: t.dobFuture }),
    copies: zFormTrimmed.pipe(z.string().regex(/^\d{1,2}$/, m.copiesInvalid).transform(Number).pipe(z.number().min(1, m.copiesInvalid).max(MAX_COPIES, m.copiesInvalid))),
    feeExemptReason: zFormField(FIELDS.feeExemptReason),
  });

type Papers = Pick<TCreateRequest, "authorisationRef" | "relationshipProof" | "authorisationCertification"> & { relation: RequesterRelation };

/**
 * Luật Hộ tịch Art. 63–64 (lib/copies/requester-rules.ts): a relative brings a written authorisation
 * and proof of the relationship; anyone else a certified authorisation; SELF is checked against the
 * record (by createRequest, which reads it); an agency does not ask here.
 */
const ZPapers = (today: string) =>
  z.discriminatedUnion(
    "relation",
    [
      z.object({ relation: z.literal("SELF") }).transform((): Papers => ({ relation: "SELF", authorisationRef: null, relationshipProof: null, authorisationCertification: null })),
      z.object({ relation: z.enum(RELATIVES), authorisationRef: zFormField(REQUESTER_FIELDS.relativeAuthorisationRef), relationshipProof: zFormField(REQUESTER_FIELDS.relationshipProof) })
        .transform((p): Papers => ({ ...p, authorisationCertification: null })),
      z.object({
        relation: z.literal("AUTHORISED"),
        authorisationRef: zFormField(REQUESTER_FIELDS.authorisedRef),
        authorisationCertifiedBy: zFormField(REQUESTER_FIELDS.authorisationCertifiedBy),
        authorisationCertificationNumber: zFormField(REQUESTER_FIELDS.authorisationCertificationNumber),
        authorisationCertifiedOn: zVnDate(today, { required: t.certifiedOnRequired, invalid: t.certifiedOnInvalid, future: t.certifiedOnFuture }, false),
      }).transform((p): Papers => ({
        relation: "AUTHORISED",
        authorisationRef: p.authorisationRef,
        relationshipProof: null,
        authorisationCertification: { by: p.authorisationCertifiedBy, number: p.authorisationCertificationNumber, on: p.authorisationCertifiedOn! },
      })),
      z.object({ relation: z.literal("AGENCY") }).transform((_p, ctx): Papers => {
        for (const [path, message] of Object.entries(papersErrors({ relation: "AGENCY", authorisationRef: null, relationshipProof: null, authorisationCertification: null }))) ctx.addIssue({ code: "custom", path: [path], message });
        return z.NEVER;
      }),
    ],
    { error: m.relationRequired },
  );

/**
 * The intake form, each problem at its field in Vietnamese. The exemption reason is checked against
 * the configuration in force by createRequest, which reads it.
 */
export const ZCreateRequestForm = (today: string) =>
  z
    .intersection(z.intersection(ZRecordChoice, ZKindFields), z.intersection(z.intersection(ZDelivery, ZRequester(today)), ZPapers(today)))
    .transform((f): TCreateRequest => ({
      kind: f.kind,
      reference: f.reference,
      recordIds: f.recordIds,
      channel: f.channel,
      requesterName: f.requesterName,
      requesterIdNumber: f.requesterIdNumber,
      requesterPhone: f.requesterPhone || null,
      requesterAddress: f.requesterAddress,
      relation: f.relation,
      authorisationRef: f.authorisationRef || null,
      requesterDateOfBirth: f.requesterDateOfBirth ?? null,
      relationshipProof: f.relationshipProof || null,
      authorisationCertification: f.authorisationCertification,
      confirmationContent: f.confirmationContent || null,
      subject: f.subject,
      copies: f.copies,
      feeExemptReason: f.feeExemptReason || null,
      purposeText: f.purposeText || null,
    }));

/** The intake form parsed by its schema (ZCreateRequestForm). */
export function parseCreateRequestForm(form: FormData, today: string = todayInVietnam()): ParseResult<TCreateRequest> {
  return parseWith(ZCreateRequestForm(today), formObject(form, { lists: COPY_FORM_LISTS }));
}

/**
 * The search part of the intake form, by the lookup form's rules (same fields, same messages); the
 * purpose there is the request itself, set by the use case.
 */
export function parseRequestSearchForm(form: FormData, today: string): ParseResult<CivilSearch> {
  return parseWith(ZSearchForm(today), formObject(form, { lists: COPY_FORM_LISTS }));
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
