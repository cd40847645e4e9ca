import { FIELDS } from "@/lib/validation/fields";
import { MAX_COPIES, RELATIONS } from "@/lib/copies/schemas";
import { DISPLAY_STATUSES } from "@/lib/copies/display-status";

// The copy requests of the system API (POST/GET /api/v1/copy-requests, lib/copies/api-requests.ts),
// merged into the served document (lib/lookups/openapi.ts → GET /api/v1/openapi.json).

const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", maxLength: 40 }, description: "The id POST /api/v1/copy-requests answered" };
const text = (max: number, description?: string) => ({ type: "string", maxLength: max, ...(description ? { description } : {}) });

export const copyRequestPaths = {
  "/api/v1/copy-requests": {
    post: {
      operationId: "createCopyRequest",
      summary: "File a request for a certified copy of an extract (procedure 2.000635) for a TTHC dossier",
      description:
        "The request joins the commune's queue like one taken at the counter: the commune's officer prepares it, its leader signs it, " +
        "and the signed PDF is then available at /api/v1/copy-requests/{id}/document for delivery to the citizen's VNeID/portal account. " +
        "The record is read under the request's purpose (one access-log row per read, with this key's client as the actor). " +
        "Who may ask follows the counter's rules (Luật Hộ tịch Art. 63–64): SELF must be the person of the record (same ID number; on a record " +
        "without one, same name and date of birth), a grandparent, parent, child, spouse or sibling gives an authorisation and proof of the " +
        "relationship, anyone else (AUTHORISED) a certified authorisation. Fee and due time are those of the counter. Idempotent on dossierCode: " +
        "filing a dossier code this key filed before returns that request (200) and files nothing.",
      requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/CopyRequestCreate" } } } },
      responses: {
        "201": { description: "Filed", headers: { Location: { schema: { type: "string" } } }, content: { "application/json": { schema: { $ref: "#/components/schemas/CopyRequest" } } } },
        "200": { description: "This key filed that dossier code before: the existing request", content: { "application/json": { schema: { $ref: "#/components/schemas/CopyRequest" } } } },
        "400": errorResponse("Invalid body; error.field names the field, error.message gives the Vietnamese reason"),
        "401": errorResponse("Missing, unknown or revoked API key"),
        "404": errorResponse("unitCode unknown, not a commune, or outside the key's scope (the refused look is logged)"),
        "413": errorResponse("Body larger than 64 KB"),
        "422": errorResponse("REQUEST_REFUSED: the requester may not have this copy, or the record could not be settled (none or several found); error.fieldErrors gives every Vietnamese reason by field path"),
        "429": errorResponse("More calls with this key than API_RATE_LIMIT_PER_MINUTE (shared with the lookups)"),
        "503": errorResponse("UPSTREAM_UNAVAILABLE (the civil-registry system failed; the read was logged) or DATABASE_UNAVAILABLE"),
      },
    },
  },
  "/api/v1/copy-requests/{id}": {
    get: {
      operationId: "getCopyRequest",
      summary: "The status of a copy request this key filed",
      parameters: [idParameter],
      responses: {
        "200": { description: "The request", content: { "application/json": { schema: { $ref: "#/components/schemas/CopyRequest" } } } },
        "401": errorResponse("Missing, unknown or revoked API key"),
        "404": errorResponse("No request of that id filed by this key (another key's request is not found either)"),
      },
    },
  },
  "/api/v1/copy-requests/{id}/document": {
    get: {
      operationId: "getCopyRequestDocument",
      summary: "The signed PDF of a copy request this key filed, to deliver to the citizen",
      parameters: [idParameter],
      responses: {
        "200": { description: "The issued document", headers: { "Content-Disposition": { schema: { type: "string" }, description: 'attachment; filename="Ban-sao-trich-luc-khai-sinh-15-2026-TLKS-BS.pdf"; filename*=UTF-8\'\'B%E1%BA%A3n%20sao%20tr%C3%ADch%20l%E1%BB%A5c%20khai%20sinh%2015-2026-TLKS-BS.pdf' } }, content: { "application/pdf": { schema: { type: "string", format: "binary" } } } },
        "401": errorResponse("Missing, unknown or revoked API key"),
        "404": errorResponse("No request of that id filed by this key"),
        "409": errorResponse("NOT_SIGNED: not signed yet (or refused); follow the status or wait for the callback"),
        "410": errorResponse("DOCUMENT_REVOKED: the document was revoked; /verify reports it revoked"),
      },
    },
  },
} as const;

export const copyRequestSchemas = {
  CopyRequestCreate: {
    type: "object",
    required: ["dossierCode", "record", "requester"],
    additionalProperties: false,
    properties: {
      dossierCode: { type: "string", maxLength: FIELDS.dossierCode.max, pattern: FIELDS.dossierCode.pattern.re.source, description: "The TTHC system's dossier code (mã hồ sơ); unique per key" },
      unitCode: { type: "string", maxLength: FIELDS.unitCode.max, description: "The commune that handles the request; may be omitted by a key bound to one commune, required for a province-wide key", examples: ["23575"] },
      record: {
        oneOf: [
          { type: "object", required: ["recordId", "lookupId"], additionalProperties: false, description: "A record a lookup of this key returned", properties: { recordId: { type: "string" }, lookupId: { type: "string" } } },
          {
            type: "object", required: ["query"], additionalProperties: false, description: "Search keys that must find exactly one record",
            properties: { query: { $ref: "#/components/schemas/LookupRequest/properties/query" }, eventTypes: { $ref: "#/components/schemas/LookupRequest/properties/eventTypes" } },
          },
        ],
      },
      requester: {
        type: "object",
        required: ["name", "idNumber", "relation"],
        additionalProperties: false,
        properties: {
          name: text(FIELDS.requesterName.max, "Full name as on the identity paper"),
          idNumber: { type: "string", pattern: "^[A-Za-z0-9 ]{8,14}$", description: "Identity paper number: CCCD (12 digits), CMND (9) or passport" },
          dateOfBirth: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "Needed for SELF when the record has no ID number" },
          relation: { type: "string", enum: RELATIONS, description: "To the person of the record" },
          phone: { type: "string", pattern: "^(0|\\+84)\\d{9}$" },
          address: text(FIELDS.requesterAddress.max, "Required for channel POST"),
          authorisation: text(200, "Relatives: the written authorisation; AUTHORISED: the certified authorisation (number, date)"),
          relationshipProof: text(300, "Relatives: the paper proving the relationship"),
          authorisationCertification: {
            type: "object", required: ["by", "number", "on"], additionalProperties: false, description: "AUTHORISED: who certified the authorisation, its number and date",
            properties: { by: text(200), number: text(50), on: { type: "string", format: "date" } },
          },
        },
      },
      copies: { type: "integer", minimum: 1, maximum: MAX_COPIES, default: 1 },
      channel: { type: "string", enum: ["ONLINE", "POST"], default: "ONLINE", description: "ONLINE: the TTHC system delivers the signed PDF to the citizen's account" },
    },
  },
  CopyRequest: {
    type: "object",
    required: ["id", "dossierCode", "unitCode", "receiptNumber", "status", "channel", "copies", "feeTotal", "receivedAt", "dueAt", "refusalReason", "document"],
    properties: {
      id: { type: "string" },
      dossierCode: { type: "string" },
      unitCode: { type: "string" },
      receiptNumber: { type: "string", examples: ["BS-2026-000123"], description: "The commune's receipt number" },
      status: { type: "string", enum: DISPLAY_STATUSES, description: "RECEIVED → PREPARED → SIGNED → ISSUED → DELIVERED, or REFUSED; REVOKED once the document was revoked" },
      channel: { type: "string", enum: ["ONLINE", "POST"] },
      copies: { type: "integer" },
      feeTotal: { type: "integer", description: "Đồng (phí khai thác, sử dụng thông tin trong CSDL hộ tịch)" },
      receivedAt: { type: "string", format: "date-time" },
      dueAt: { type: "string", format: "date-time" },
      refusalReason: { type: ["string", "null"], description: "Vietnamese, when REFUSED" },
      document: {
        type: ["object", "null"],
        description: "Once signed",
        required: ["number", "issuedAt", "verificationUrl", "revoked", "revokedAt"],
        properties: {
          number: { type: "string", examples: ["15/2026/TLKS-BS"] },
          issuedAt: { type: "string", format: "date-time" },
          verificationUrl: { type: "string", description: "The address of its QR code (/verify/<code>)" },
          revoked: { type: "boolean" },
          revokedAt: { type: ["string", "null"], format: "date-time" },
        },
      },
    },
  },
  CopyRequestCallback: {
    type: "object",
    description:
      "POSTed to the key's callback URL (set by the administrator) on every status change of a request it filed, with headers " +
      "X-Signature: sha256=<hex HMAC-SHA256 of the exact body with the callback secret> and X-Event-Id (the same on a retry). " +
      "Any 2xx acknowledges it; a 5xx, 408, 429, or no answer within 10 s is retried with backoff (30 s, 1 min, 2 min … 1 h; 10 attempts); another 4xx is not retried. " +
      "A request's callbacks are sent in order; when in doubt, GET the request.",
    required: ["event", "requestId", "dossierCode", "status", "at"],
    properties: {
      event: { type: "string", examples: ["copy-request.signed"], description: "copy-request.<status in lower case>" },
      requestId: { type: "string" },
      dossierCode: { type: "string" },
      status: { type: "string", enum: DISPLAY_STATUSES },
      at: { type: "string", format: "date-time" },
    },
  },
} as const;
