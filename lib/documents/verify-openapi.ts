import { apiErrorResponse as errorResponse } from "@/lib/api/openapi-parts";

// The public document check of the system API (GET/POST /api/v1/verify/{code}, the /verify page's
// twin), merged into the served document (lib/api/openapi.ts → GET /api/v1/openapi.json). Its
// answer is built from the issued document (lib/documents/verify-document.ts), not parsed by a
// schema, so its description is kept here as JSON Schema.

export const verifyPaths = {
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
} as const;

export const verifySchemas = {
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
} as const;
