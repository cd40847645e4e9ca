import { z } from "zod";
import { ZApiError } from "@/lib/api/error-body";
import { componentSchemas, type JsonSchema, type SchemaOverride } from "@/lib/api/json-schema";
import { apiErrorResponse as errorResponse, jsonResponse } from "@/lib/api/openapi-parts";
import { copyRequestPaths, copyRequestSchemas } from "@/lib/copies/api-openapi";
import { ZApiCopyRequest, ZApiCopyRequestView } from "@/lib/copies/api-schemas";
import { verifyPaths, verifySchemas } from "@/lib/documents/verify-openapi";
import { ONE_OF_SHAPES, ZApiLookupRequest, ZApiLookupResponse } from "@/lib/lookups/api-schemas";

// The OpenAPI 3.1 document of /api/v1, served at GET /api/v1/openapi.json. The schemas of the bodies
// and answers are generated from the zod schemas the route handlers parse with and answer by (a
// field added there is documented here); the paths, descriptions and examples are written here.

/** Requests as callers may send them (defaults optional); answers as sent. */
const SCHEMAS: { input: Record<string, z.ZodType>; output: Record<string, z.ZodType> } = {
  input: { LookupRequest: ZApiLookupRequest, CopyRequestCreate: ZApiCopyRequest },
  output: { LookupResponse: ZApiLookupResponse, CopyRequest: ZApiCopyRequestView, Error: ZApiError },
};

/**
 * What JSON Schema cannot say of a zod schema, said by its metadata: a oneOfByKey body (a transform)
 * is shown as `oneOf` its shapes, and the examples of a transformed text field (which zod drops from
 * an input schema, as they describe its output) are kept, being valid input too.
 */
function override(io: "input" | "output"): SchemaOverride {
  return (ctx) => {
    const schema = ctx.zodSchema as unknown as z.ZodType;
    const shapes = ONE_OF_SHAPES.get(schema);
    if (shapes) ctx.jsonSchema.oneOf = shapes.map((shape) => inline(shape, io));
    const examples = z.globalRegistry.get(schema)?.examples;
    if (Array.isArray(examples) && !ctx.jsonSchema.examples) ctx.jsonSchema.examples = examples;
  };
}

/** One schema, inline ($schema dropped: the document's dialect is OpenAPI 3.1's). */
function inline(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { io, override: override(io) }) as JsonSchema;
  return rest;
}

const components = () => ({ ...componentSchemas(SCHEMAS.input, "input", override("input")), ...componentSchemas(SCHEMAS.output, "output", override("output")) });

/** The document; built once, on first request. */
let built: JsonSchema | undefined;
export function apiDocument(): JsonSchema {
  built ??= {
    openapi: "3.1.0",
    info: {
      title: "Cổng khai thác dữ liệu hộ tịch Gia Lai — system API",
      version: "1.0.0",
      description:
        "For the provincial administrative-procedure (TTHC) system: look up civil-status records while handling a dossier, " +
        "so that the citizen need not submit the papers. Every call states its dossier and the papers it replaces, and is " +
        "written to the portal's access log. Keys are bound to a commune or to the province; a province key names the unit in unitCode. " +
        "It also files requests for certified copies for its dossiers, follows them, downloads the signed PDF and is called back on each status change. " +
        "Every answer carries X-Request-Id (the caller's, when it sends a well-formed one, else a new one): the access log records it with each look, " +
        "and the calls the portal makes to the national systems on that request carry it too.",
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
            "200": jsonResponse("The lookup was logged; results best first (possibly none)", "LookupResponse"),
            "400": errorResponse("Invalid body; error.field names the field (also an unknown procedure or a paper not in it)"),
            "401": errorResponse("Missing, unknown or revoked API key"),
            "404": errorResponse("unitCode unknown or outside the key's scope"),
            "413": errorResponse("Body larger than 64 KB (counted as it arrives, with or without Content-Length)"),
            "429": errorResponse("More calls with this key than API_RATE_LIMIT_PER_MINUTE; the Retry-After header says when to retry"),
            "503": {
              ...errorResponse("UPSTREAM_UNAVAILABLE: the national civil-registry system failed (error.system, error.kind; the failed lookup was logged); or DATABASE_UNAVAILABLE: the portal's database is unreachable and nothing was done"),
              headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds before a retry is worth it (the circuit breaker's cool-down, or the database probe's interval)" } },
            },
          },
        },
      },
      ...copyRequestPaths,
      ...verifyPaths,
      "/api/v1/openapi.json": { get: { operationId: "getOpenApi", security: [], summary: "This document", responses: { "200": { description: "OpenAPI 3.1" } } } },
    },
    components: {
      securitySchemes: { bearerKey: { type: "http", scheme: "bearer", description: "The API key issued by the portal's administrator" } },
      schemas: { ...components(), ...copyRequestSchemas, ...verifySchemas },
    },
  };
  return built;
}
