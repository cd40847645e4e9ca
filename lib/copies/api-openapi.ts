import { apiErrorResponse as errorResponse } from "@/lib/api/openapi-parts";
import { DISPLAY_STATUSES } from "@/lib/copies/display-status";

// The copy requests of the system API (POST/GET /api/v1/copy-requests, lib/copies/api-requests.ts),
// merged into the served document (lib/api/openapi.ts → GET /api/v1/openapi.json).

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", maxLength: 40 }, description: "The id POST /api/v1/copy-requests answered" };

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

/**
 * The callback's body, which the outbox builds in SQL (lib/api-callbacks/outbox.ts); the request
 * and answer schemas (CopyRequestCreate, CopyRequest) are generated from lib/copies/api-schemas.ts.
 */
export const copyRequestSchemas = {
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
