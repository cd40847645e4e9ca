import { z } from "zod";
import { ZPartialDate } from "@/lib/adapters/civil-registry/port";
import { isFuturePartial } from "@/lib/dates";
import { eventType, oneOfByKey, ZApiQuery } from "@/lib/lookups/api-schemas";
import { messages } from "@/lib/messages";
import { FIELDS, zOptionalText, zText } from "@/lib/validation/fields";
import { isRecordId, ZRowId } from "@/lib/validation/ids";
import { MAX_COPIES, RELATIONS } from "@/lib/copies/schemas";
import { REQUESTER_FIELDS } from "@/lib/copies/requester-texts";

// The body of POST /api/v1/copy-requests (documented in lib/copies/api-openapi.ts): a copy request
// of the provincial TTHC system, for one of its dossiers. Text fields follow the intake form's rules
// (lib/validation/fields.ts) with the same Vietnamese messages, named by their path
// ("requester.name: …"). Which papers a relation needs, and whether SELF is the person of the
// record, are the counter's own rules (lib/copies/requester-rules.ts), applied by takeRequest.

const m = messages.copies;
const pastDate = ZPartialDate.refine((d) => !isFuturePartial(d), "must not be in the future");
const fullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-MM-dd").refine((d) => !isFuturePartial(d), "must not be in the future");
/** An optional paper reference: its presence per relation is the requester rules' business, its shape this one's. */
const optionalPaper = (label: string, max: number) => zOptionalText({ label, max, collapseSpaces: true });

/** The record: one a previous lookup of this client returned, or search keys that must find exactly one. */
const ZByRecordId = z.object({ recordId: z.string().trim().refine(isRecordId, "not a record id"), lookupId: ZRowId }).strict();
const ZBySearch = z.object({ query: ZApiQuery, eventTypes: z.array(eventType).min(1).max(8).optional() }).strict();
const ZApiRecord = oneOfByKey([["recordId", ZByRecordId], ["query", ZBySearch]], "give recordId and lookupId (from POST /api/v1/lookups), or query (as in POST /api/v1/lookups)");

const ZRequester = z.object({
  name: zText(FIELDS.requesterName),
  idNumber: z.string({ error: m.idNumberRequired }).transform((v) => v.replace(/\s+/g, "").toUpperCase()).pipe(z.string().min(1, m.idNumberRequired).regex(/^[A-Z0-9]{8,12}$/, m.idNumberInvalid)),
  /** Compared with a record that carries no ID number (SELF). */
  dateOfBirth: pastDate.optional(),
  relation: z.enum(RELATIONS, { error: m.relationRequired }),
  phone: z.string().transform((v) => v.replace(/[\s.-]/g, "")).pipe(z.string().regex(/^(0|\+84)\d{9}$/, m.phoneInvalid)).optional(),
  address: zOptionalText(FIELDS.requesterAddress),
  /** A relative's written authorisation, or an authorised person's certified one (number, date). */
  authorisation: optionalPaper(REQUESTER_FIELDS.authorisedRef.label, REQUESTER_FIELDS.authorisedRef.max),
  /** A relative's proof of the relationship. */
  relationshipProof: optionalPaper(REQUESTER_FIELDS.relationshipProof.label, REQUESTER_FIELDS.relationshipProof.max),
  /** An authorised person's certification of the authorisation. */
  authorisationCertification: z.object({
    by: zText(REQUESTER_FIELDS.authorisationCertifiedBy),
    number: zText(REQUESTER_FIELDS.authorisationCertificationNumber),
    on: fullDate,
  }).strict().optional(),
}).strict();

export const API_CHANNELS = ["ONLINE", "POST"] as const;

export const ZApiCopyRequest = z.object({
  /** The TTHC system's dossier code (mã hồ sơ): filing the same code again returns the same request. */
  dossierCode: zText(FIELDS.dossierCode),
  /** The receiving commune; may be left out by a key bound to one commune. */
  unitCode: zOptionalText(FIELDS.unitCode),
  record: ZApiRecord,
  requester: ZRequester,
  copies: z.number({ error: m.copiesInvalid }).int(m.copiesInvalid).min(1, m.copiesInvalid).max(MAX_COPIES, m.copiesInvalid).default(1),
  channel: z.enum(API_CHANNELS, { error: "ONLINE (the result is delivered to the citizen's VNeID/portal account by the TTHC system) or POST" }).default("ONLINE"),
}).strict().superRefine((body, ctx) => {
  if (body.channel === "POST" && !body.requester.address) ctx.addIssue({ code: "custom", path: ["requester", "address"], message: m.addressRequiredForPost });
});
export type TApiCopyRequest = z.infer<typeof ZApiCopyRequest>;

/** The counter's field names (requester rules, intake form) as paths of this body. */
export const API_FIELD_PATHS: Record<string, string> = {
  requesterName: "requester.name",
  requesterIdNumber: "requester.idNumber",
  requesterDateOfBirth: "requester.dateOfBirth",
  relation: "requester.relation",
  authorisationRef: "requester.authorisation",
  relationshipProof: "requester.relationshipProof",
  authorisationCertifiedBy: "requester.authorisationCertification.by",
  authorisationCertificationNumber: "requester.authorisationCertification.number",
  authorisationCertifiedOn: "requester.authorisationCertification.on",
  records: "record",
  subject: "record",
  copies: "copies",
  requesterAddress: "requester.address",
};

/** Field errors keyed by the counter's names, re-keyed by the body's paths. */
export function toApiFieldErrors(fieldErrors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [API_FIELD_PATHS[k] ?? k, v]));
}
