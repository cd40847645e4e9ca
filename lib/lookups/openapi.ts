import { PAPERS } from "@/lib/lookups/papers";
import { ZEventType } from "@/lib/adapters/civil-registry/port";
import { PARTY_ROLES } from "@/lib/lookups/parties";
import { FIELDS } from "@/lib/validation/fields";
import { copyRequestPaths, copyRequestSchemas } from "@/lib/copies/api-openapi";

// Lengths come from the field rules the API enforces (lib/validation/fields.ts), never retyped.
const TEXT = "no control characters; surrounding spaces trimmed";

const partialDate = { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$", description: "yyyy-MM-dd, or yyyy-MM / yyyy when only part is known; not in the future", examples: ["1998-03-12"] };
const name = { type: "string", minLength: 2, maxLength: FIELDS.fullName.max, description: `At least two letters; ${TEXT}. Matched without diacritics, case, spacing or apostrophes` };
const error = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string", enum: ["INVALID_INPUT", "UNAUTHENTICATED", "NOT_FOUND", "RATE_LIMITED", "UPSTREAM_UNAVAILABLE", "DATABASE_UNAVAILABLE", "INTERNAL", "REQUEST_REFUSED", "NOT_SIGNED", "DOCUMENT_REVOKED"] },
        message: { type: "string" },
        field: { type: "string", description: "Dotted path of the offending field, e.g. query.personalId" },
        fieldErrors: { type: "object", additionalProperties: { type: "string" }, description: "REQUEST_REFUSED: every Vietnamese reason, by field path" },
        system: { type: "string", enum: ["civilRegistry", "population"], description: "UPSTREAM_UNAVAILABLE: the national system that failed" },
        kind: {
          type: "string",
          enum: ["timeout", "unavailable", "bad_response", "circuit_open", "refused"],
          description: "UPSTREAM_UNAVAILABLE: how it failed (circuit_open: not called, the portal is leaving it alone after repeated failures; try again after Retry-After seconds)",
        },
      },
    },
  },
};
const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });

/** OpenAPI 3.1 description of /api/v1, served at GET /api/v1/openapi.json. */
export const lookupApiDocument = {
  openapi: "3.1.0",
  info: {
    title: "Cổng khai thác dữ liệu hộ tịch Gia Lai — system API",
    version: "1.0.0",
    description:
      "For the provincial administrative-procedure (TTHC) system: look up civil-status records while handling a dossier, " +
      "so that the citizen need not submit the papers. Every call states its dossier and the papers it replaces, and is " +
      "written to the portal's access log. Keys are bound to a commune or to the province; a province key names the unit in unitCode. " +
      "It also files requests for certified copies for its dossiers, follows them, downloads the signed PDF and is called back on each status change.",
  },
  servers: [{ url: "/" }],
  security: [{ bearerKey: [] }],
  paths: {
    "/api/v1/lookups": {
      post: {
        operationId: "createLookup",
        summary: "Search the civil-status registers for a dossier",
        requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/LookupRequest" } } } },
        responses: {
          "200": { description: "The lookup was logged; results best first (possibly none)", content: { "application/json": { schema: { $ref: "#/components/schemas/LookupResponse" } } } },
          "400": errorResponse("Invalid body; error.field names the field (also an unknown procedure or a paper not in it)"),
          "401": errorResponse("Missing, unknown or revoked API key"),
          "404": errorResponse("unitCode unknown or outside the key's scope"),
          "413": errorResponse("Body larger than 64 KB (counted as it arrives, with or without Content-Length)"),
          "503": {
            ...errorResponse("UPSTREAM_UNAVAILABLE: the national civil-registry system failed (error.system, error.kind; the failed lookup was logged); or DATABASE_UNAVAILABLE: the portal's database is unreachable and nothing was done"),
            headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds before a retry is worth it (the circuit breaker's cool-down, or the database probe's interval)" } },
          },
        },
      },
    },
    ...copyRequestPaths,
    "/api/v1/verify/{code}": {
      get: {
        operationId: "verifyDocument",
        security: [],
        summary: "Check an issued document by the code under its QR code (public, no key)",
        description:
          "Answers exactly { valid: false } for an unknown, malformed or forged code, or for a document whose stored content was altered. " +
          "For a genuine document: its status (valid or revoked) and the facts to compare with the paper; the holder's name is partly masked. " +
          "Limited to 30 checks per minute per client address, together with the /verify page.",
        parameters: [{ name: "code", in: "path", required: true, schema: { type: "string", maxLength: 64 }, description: "The code printed under the QR code", examples: ["kcqqXg9ckmJvXTJi.z8ypiu3RIypQ3gW4"] }],
        responses: {
          "200": { description: "The verdict (also for unknown codes)", content: { "application/json": { schema: { $ref: "#/components/schemas/VerifyResponse" } } } },
          "429": { ...errorResponse("Too many checks from this address; the Retry-After header says when to retry"), headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds" } } },
        },
      },
    },
    "/api/v1/verify/{code}/file": {
      post: {
        operationId: "checkDocumentFile",
        security: [],
        summary: "Check whether a PDF is byte for byte the document issued under a code (public, no key)",
        description:
          "The body is the PDF (application/pdf, at most 10 MB), hashed and dropped, never stored. The answer is the verdict of GET /api/v1/verify/{code} " +
          "plus file.sha256 and file.matches: true when it is the issued file, false when it differs (altered, or another file), null when the code is not genuine or no file was kept (documents issued before files were kept). " +
          "Counted in the same per-address limit as GET and the page.",
        parameters: [{ name: "code", in: "path", required: true, schema: { type: "string", maxLength: 64 } }],
        requestBody: { required: true, content: { "application/pdf": { schema: { type: "string", format: "binary" } } } },
        responses: {
          "200": {
            description: "The verdict and the file's comparison",
            content: { "application/json": { schema: { allOf: [{ $ref: "#/components/schemas/VerifyResponse" }, { type: "object", required: ["file"], properties: { file: { type: "object", required: ["sha256", "matches"], properties: { sha256: { type: "string", pattern: "^[0-9a-f]{64}$" }, matches: { type: ["boolean", "null"] } } } } }] } } },
          },
          "400": errorResponse("Empty body"),
          "413": errorResponse("Larger than 10 MB"),
          "429": { ...errorResponse("Too many checks from this address; the Retry-After header says when to retry"), headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds" } } },
        },
      },
    },
    "/api/v1/openapi.json": { get: { operationId: "getOpenApi", security: [], summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
  },
  components: {
    securitySchemes: { bearerKey: { type: "http", scheme: "bearer", description: "The API key issued by the portal's administrator" } },
    schemas: {
      Error: error,
      ...copyRequestSchemas,
      LookupRequest: {
        type: "object",
        required: ["unitCode", "purpose", "query"],
        additionalProperties: false,
        properties: {
          unitCode: { type: "string", maxLength: FIELDS.unitCode.max, pattern: FIELDS.unitCode.pattern.re.source, description: "Statistics code of the commune handling the dossier, e.g. 23575", examples: ["23575"] },
          purpose: {
            type: "object",
            required: ["kind", "dossierCode", "procedureCode", "replacesPapers"],
            properties: {
              kind: { const: "dossier" },
              dossierCode: { type: "string", maxLength: FIELDS.dossierCode.max, pattern: FIELDS.dossierCode.pattern.re.source },
              procedureCode: { type: "string", pattern: FIELDS.procedureCode.pattern.re.source, description: "Code in the portal's procedure catalogue, e.g. 1.001193", examples: ["1.001193"] },
              replacesPapers: { type: "array", minItems: 1, items: { type: "string", enum: PAPERS.map((p) => p.code) }, description: "Papers of that procedure the citizen no longer submits" },
            },
          },
          query: {
            oneOf: [
              { type: "object", required: ["personalId"], additionalProperties: false, properties: { personalId: { type: "string", pattern: "^\\d{12}$", description: "Checked for structure: province code, century/sex digit, year not in the future" } } },
              { type: "object", required: ["fullName", "dateOfBirth"], additionalProperties: false, properties: { fullName: name, dateOfBirth: partialDate, fatherName: name, motherName: name, spouseName: name } },
              { type: "object", required: ["entryNumber"], additionalProperties: false, properties: { entryNumber: { type: "string", minLength: 1, maxLength: FIELDS.entryNumber.max }, bookNumber: { type: "string", maxLength: FIELDS.bookNumber.max }, authority: { type: "string", maxLength: FIELDS.authority.max, description: `Registering authority, former or current name; ${TEXT}` }, registeredOn: partialDate } },
            ],
          },
          eventTypes: { type: "array", minItems: 1, items: { type: "string", enum: ZEventType.options }, description: "Case-insensitive; all kinds when omitted" },
        },
      },
      VerifyResponse: {
        type: "object",
        required: ["valid"],
        additionalProperties: false,
        properties: {
          valid: { type: "boolean", description: "True only for a genuine document that has not been revoked" },
          status: { type: "string", enum: ["valid", "revoked"], description: "Present for a genuine document" },
          kind: { type: "string", enum: ["COPY_BIRTH", "COPY_MARRIAGE", "COPY_DEATH", "COPY_PARENTAGE", "COPY_GUARDIANSHIP", "COPY_CHANGE_CORRECTION", "COPY_DIVORCE", "COPY_ADOPTION", "COPY_OTHER", "CONFIRMATION"] },
          number: { type: "string", description: "Number and symbol as printed after 'Số:'", examples: ["15/2026/TLKS-BS", "15/TLKS-BS"] },
          issuedOn: { type: "string", format: "date", description: "Day of issue (Vietnam)" },
          issuingUnit: { type: "string", description: "The issuing unit, e.g. Phường Pleiku" },
          holder: { type: "string", description: "The person(s) the document is about, partly masked", examples: ["Rơ M** H'L**"] },
          revokedOn: { type: "string", format: "date", description: "Only for a revoked document" },
          signature: {
            type: ["object", "null"],
            description: "The digital signature (PAdES) of the issued PDF; null for a document issued on paper only",
            properties: {
              signerName: { type: "string" },
              signerTitle: { type: "string" },
              signedAt: { type: "string", format: "date-time" },
              demo: { type: "boolean", description: "A demo certificate: no legal value" },
              certificate: {
                type: "object",
                properties: { subject: { type: "string" }, issuer: { type: "string" }, serialNumber: { type: "string" }, notBefore: { type: "string", format: "date-time" }, notAfter: { type: "string", format: "date-time" }, fingerprintSha256: { type: "string" } },
              },
            },
          },
          nationalRegistration: { type: ["string", "null"], enum: ["DELIVERED", "PENDING", "REFUSED", null], description: "Registration of the document with the national civil-registry system" },
        },
      },
      LookupResponse: {
        type: "object",
        required: ["lookupId", "truncated", "results"],
        properties: {
          lookupId: { type: "string" },
          truncated: { type: "boolean", description: "More records matched than were returned" },
          results: {
            type: "array",
            items: {
              type: "object",
              required: ["recordId", "type", "fullName", "personalId", "dateOfBirth", "registeredOn", "authority", "currentUnitCode", "origin", "quality", "match", "matchedRole"],
              properties: {
                recordId: { type: "string" },
                type: { type: "string", enum: ZEventType.options },
                fullName: { type: "string", description: "The person the query named (a marriage found by the wife's number: the wife); for registration keys, the record's subject or both spouses" },
                personalId: { type: ["string", "null"], description: "That person's number as the record shows it" },
                dateOfBirth: { type: ["string", "null"], description: "That person's, possibly partial (legacy records)" },
                registeredOn: { type: "string" },
                authority: { type: "string", description: "As named on the day of registration" },
                currentUnitCode: { type: ["string", "null"], description: "The commune now holding the register; null outside Gia Lai" },
                origin: { type: "string", enum: ["born-digital", "digitised"] },
                quality: { type: "string", enum: ["verified", "needs_review", "incomplete", "suspected_duplicate"] },
                match: {
                  type: "object",
                  required: ["score", "level", "reasons"],
                  properties: { score: { type: "number" }, level: { type: "string", enum: ["exact", "probable", "possible"] }, reasons: { type: "array", items: { type: "string" } } },
                },
                matchedRole: {
                  type: ["string", "null"],
                  enum: [...PARTY_ROLES, null],
                  description: "Where that person stands on the record (a record may name several: spouses, child and parent, ward and guardian, adoptee and adopters); null for registration keys",
                },
              },
            },
          },
        },
      },
    },
  },
} as const;
