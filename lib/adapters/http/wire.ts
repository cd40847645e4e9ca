import { z } from "zod";
import { ZCivilSearch } from "@/lib/adapters/civil-registry/port";
import { SYSTEM_SLUG_VALUES } from "@/lib/adapters/systems";

/**
 * The wire contract of the two national systems as the portal speaks it: paths, headers, request
 * and error bodies. The HTTP clients, the mock server and the OpenAPI documents
 * (lib/adapters/<system>/openapi.json) all follow this file, so they cannot drift apart silently;
 * tests/integration/adapters-openapi.test.ts checks the documents against it.
 */

export const HEADERS = {
  requestId: "x-request-id",
  /** The caller's CallContext; percent-encoded UTF-8 (encodeURIComponent), as ids may be Vietnamese. */
  officerId: "x-officer-id",
  unitCode: "x-unit-code",
  /** The officer's signed population-database credential (lib/adapters/population/credential.ts). */
  officerCredential: "x-officer-credential",
  /** A write's idempotency key: the same key again gets the first answer (RFC draft "Idempotency-Key"). */
  idempotencyKey: "idempotency-key",
  /** Guards the mock server's fault-injection endpoint; never sent to a real system. */
  adminKey: "x-admin-key",
} as const;

/** Where each system's API lives on the mock server; a real deployment configures its own base URL. */
export const BASE_PATHS = { civilRegistry: "/civil-registry/v1", population: "/population/v1" } as const;

/** The most results one search returns (the port's documented maximum). */
export const MAX_SEARCH_LIMIT = 50;

/** POST /records/search body: the port's search keys plus an optional limit. */
export const ZCivilSearchRequest = z.object({
  query: ZCivilSearch,
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).optional(),
});
export type CivilSearchRequest = z.infer<typeof ZCivilSearchRequest>;

/** GET /citizens/{personalId}: the path parameter. */
export const ZPersonalIdParam = z.string().regex(/^\d{12}$/, "a 12-digit personal ID number");

/** GET /health. Cheap by design: no database work upstream, so it can be polled. */
export const ZHealthBody = z.object({ status: z.literal("ok"), system: z.enum(SYSTEM_SLUG_VALUES), time: z.string() });
export type HealthBody = z.infer<typeof ZHealthBody>;

/**
 * Every non-2xx answer. `code` is machine-readable (GRANT_REQUIRED, RECORD_NOT_FOUND…); `field`
 * names the offending request field on a 400.
 */
export const ZErrorBody = z.object({
  error: z.object({ code: z.string().min(1), message: z.string(), field: z.string().optional() }),
});
export type ErrorBody = z.infer<typeof ZErrorBody>;

/** The error codes the systems use, so clients and the mock server spell them the same way. */
export const ERROR_CODES = {
  unauthorized: "UNAUTHORIZED", // 401: missing or wrong API key
  invalidRequest: "BAD_REQUEST", // 400 (the in-process mock refuses an invalid search with the same code)
  recordNotFound: "RECORD_NOT_FOUND", // 404 on GET /records/{id}
  citizenNotFound: "CITIZEN_NOT_FOUND", // 404 on GET /citizens/{personalId}
  routeNotFound: "ROUTE_NOT_FOUND", // 404 on anything else
  methodNotAllowed: "METHOD_NOT_ALLOWED", // 405
  numberTaken: "NUMBER_TAKEN", // 409 on POST /issued-copies: the unit already used this number for the symbol and year
  idempotencyConflict: "IDEMPOTENCY_KEY_REUSED", // 422: the key was used for a different request
  registrationNotFound: "REGISTRATION_NOT_FOUND", // 404 on POST /issued-copies/{id}/revocation
  unavailable: "SERVICE_UNAVAILABLE", // 503
  internal: "INTERNAL_ERROR", // 500
} as const;
