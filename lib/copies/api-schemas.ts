import { z } from "zod";
import { ZPartialDate } from "@/lib/adapters/civil-registry/port";
import { isFuturePartial } from "@/lib/text/dates";
import { apiOptionalText, apiText, oneOfByKey, ZApiEventTypes, ZApiQuery } from "@/lib/lookups/api-schemas";
import { DISPLAY_STATUSES } from "@/lib/copies/display-status";
import { messages } from "@/lib/text/messages";
import { FIELDS } from "@/lib/validation/fields";
import { isRecordId, ZRowId } from "@/lib/validation/ids";
import { MAX_COPIES, RELATIONS } from "@/lib/copies/schemas";
import { REQUESTER_FIELDS } from "@/lib/copies/requester-texts";

// The body and the answer of POST /api/v1/copy-requests (their OpenAPI schemas are generated from
// these, lib/api/openapi.ts; the paths are in lib/copies/api-openapi.ts): a copy request of the
// provincial TTHC system, for one of its dossiers. Text fields follow the intake form's rules
// (lib/validation/fields.ts) with the same Vietnamese messages, named by their path
// ("requester.name: …"). Which papers a relation needs, and whether SELF is the person of the
// record, are the counter's own rules (lib/copies/requester-rules.ts), applied by takeRequest.

const m = messages.copies;
const pastDate = ZPartialDate.refine((d) => !isFuturePartial(d), "must not be in the future");
const fullDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-MM-dd").refine((d) => !isFuturePartial(d), "must not be in the future");
/** An optional paper reference: its presence per relation is the requester rules' business, its shape this one's. */
const optionalPaper = (label: string, max: number, description: string) => apiOptionalText({ label, max, collapseSpaces: true }, { description });

/** The record: one a previous lookup of this client returned, or search keys that must find exactly one. */
const ZByRecordId = z.object({ recordId: z.string().trim().refine(isRecordId, "not a record id"), lookupId: ZRowId }).strict().meta({ description: "A record a lookup of this key returned" });
const ZBySearch = z.object({ query: ZApiQuery, eventTypes: ZApiEventTypes.optional() }).strict().meta({ description: "Search keys that must find exactly one record" });
const ZApiRecord = oneOfByKey([["recordId", ZByRecordId], ["query", ZBySearch]], "give recordId and lookupId (from POST /api/v1/lookups), or query (as in POST /api/v1/lookups)");

const ZRequester = z.object({
  name: apiText(FIELDS.requesterName, { description: "Full name as on the identity paper" }),
  idNumber: z.string({ error: m.idNumberRequired }).transform((v) => v.replace(/\s+/g, "").toUpperCase()).pipe(z.string().min(1, m.idNumberRequired).regex(/^[A-Z0-9]{8,12}$/, m.idNumberInvalid))
    .meta({ pattern: "^[A-Za-z0-9 ]{8,14}$", description: "Identity paper number: CCCD (12 digits), CMND (9) or passport" }),
  /** Compared with a record that carries no ID number (SELF). */
  dateOfBirth: pastDate.optional().meta({ description: "Needed for SELF when the record has no ID number" }),
  relation: z.enum(RELATIONS, { error: m.relationRequired }).meta({ description: "To the person of the record" }),
  phone: z.string().transform((v) => v.replace(/[\s.-]/g, "")).pipe(z.string().regex(/^(0|\+84)\d{9}$/, m.phoneInvalid)).optional().meta({ pattern: "^(0|\\+84)\\d{9}$" }),
  address: apiOptionalText(FIELDS.requesterAddress, { description: "Required for channel POST" }),
  authorisation: optionalPaper(REQUESTER_FIELDS.authorisedRef.label, REQUESTER_FIELDS.authorisedRef.max, "Relatives: the written authorisation; AUTHORISED: the certified authorisation (number, date)"),
  relationshipProof: optionalPaper(REQUESTER_FIELDS.relationshipProof.label, REQUESTER_FIELDS.relationshipProof.max, "Relatives: the paper proving the relationship"),
  authorisationCertification: z.object({
    by: apiText(REQUESTER_FIELDS.authorisationCertifiedBy),
    number: apiText(REQUESTER_FIELDS.authorisationCertificationNumber),
    on: fullDate.meta({ format: "date" }),
  }).strict().optional().meta({ description: "AUTHORISED: who certified the authorisation, its number and date" }),
}).strict();

export const API_CHANNELS = ["ONLINE", "POST"] as const;

export const ZApiCopyRequest = z.object({
  dossierCode: apiText(FIELDS.dossierCode, { description: "The TTHC system's dossier code (mã hồ sơ); unique per key: filing it again returns the same request" }),
  unitCode: apiOptionalText(FIELDS.unitCode, { description: "The commune that handles the request; may be omitted by a key bound to one commune, required for a province-wide key", examples: ["23575"] }),
  record: ZApiRecord,
  requester: ZRequester,
  copies: z.number({ error: m.copiesInvalid }).int(m.copiesInvalid).min(1, m.copiesInvalid).max(MAX_COPIES, m.copiesInvalid).default(1),
  channel: z.enum(API_CHANNELS, { error: "ONLINE (the result is delivered to the citizen's VNeID/portal account by the TTHC system) or POST" }).default("ONLINE")
    .meta({ description: "ONLINE: the TTHC system delivers the signed PDF to the citizen's account" }),
}).strict().superRefine((body, ctx) => {
  if (body.channel === "POST" && !body.requester.address) ctx.addIssue({ code: "custom", path: ["requester", "address"], message: m.addressRequiredForPost });
});
export type TApiCopyRequest = z.infer<typeof ZApiCopyRequest>;

const dateTime = z.string().meta({ format: "date-time" });
const integer = z.number().meta({ type: "integer" });

/** What the API tells of a request (GET /api/v1/copy-requests/<id>, and the answer of POST). */
export const ZApiCopyRequestView = z.object({
  id: z.string(),
  dossierCode: z.string(),
  unitCode: z.string(),
  receiptNumber: z.string().meta({ description: "The commune's receipt number", examples: ["BS-2026-000123"] }),
  status: z.enum(DISPLAY_STATUSES).meta({ description: "RECEIVED → PREPARED → SIGNED → ISSUED → DELIVERED, or REFUSED; REVOKED once the document was revoked" }),
  channel: z.enum(API_CHANNELS),
  copies: integer,
  feeTotal: integer.meta({ description: "Đồng (phí khai thác, sử dụng thông tin trong CSDL hộ tịch)" }),
  receivedAt: dateTime,
  dueAt: dateTime,
  refusalReason: z.string().nullable().meta({ description: "Vietnamese, when REFUSED" }),
  document: z.object({
    number: z.string().meta({ examples: ["15/2026/TLKS-BS"] }),
    issuedAt: dateTime,
    verificationUrl: z.string().meta({ description: "The address of its QR code (/verify/<code>)" }),
    revoked: z.boolean(),
    revokedAt: dateTime.nullable(),
  }).nullable().meta({ description: "Once signed" }),
});
export type TApiCopyRequestView = z.infer<typeof ZApiCopyRequestView>;

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
