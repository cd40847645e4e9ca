import type { z } from "zod";
import { ZCivilRecord, ZCivilSearchResult, ZIssuedCopyRegistration, ZRegistrationReceipt, ZRevocation, type CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError } from "@/lib/adapters/errors";
import { BASE_PATHS, ERROR_CODES, HEADERS, ZCivilSearchRequest, ZPersonalIdParam, type HealthBody } from "@/lib/adapters/http/wire";
import type { MockSystem } from "@/mock-national/server/faults";
import { errorBody } from "@/mock-national/server/http-io";
import { ZCandidateQuery, ZCandidateResult, ZCitizen, type PopulationPort } from "@/lib/adapters/population/port";

/**
 * What the mock server serves, as a table. The router dispatches only from it, and the OpenAPI test
 * compares it with lib/adapters/<system>/openapi.json, so the documents describe exactly this.
 */

export type RouteInput = {
  params: Record<string, string>;
  body: unknown;
  header(name: string): string | undefined;
  requestId: string | undefined;
  ports: { civilRegistry: CivilRegistryPort; population: PopulationPort };
};
export type Reply = { status: number; body: unknown };
export type MockRoute = {
  system: MockSystem;
  method: "GET" | "POST";
  /** OpenAPI-style template, relative to the system's base path. */
  path: string;
  handle(input: RouteInput): Promise<Reply>;
};

const ok = (body: unknown): Reply => ({ status: 200, body });
// Answers are parsed on the way out too, so the server sends exactly the documented shape (and a
// bug in the in-process mock surfaces as a 500 here, not as a puzzling client-side bad_response).
const okAs = <T>(schema: z.ZodType<T>, body: unknown): Reply => ok(schema.parse(body));

/** A 400 naming the first offending field, as the real systems document their validation errors. */
function invalid(error: z.ZodError, prefix = ""): Reply {
  const issue = error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join(".") || undefined;
  return { status: 400, body: errorBody(ERROR_CODES.invalidRequest, issue?.message ?? "invalid request", field) };
}

function health(system: HealthBody["system"]): Reply {
  return ok({ status: "ok", system, time: new Date().toISOString() } satisfies HealthBody);
}

/** A percent-encoded header value (see HEADERS); undefined when absent or badly encoded. */
function decodedHeader(input: RouteInput, name: string): string | undefined {
  try {
    return decodeURIComponent(input.header(name) ?? "").trim() || undefined;
  } catch {
    return undefined;
  }
}

/** The caller's officer and unit: the ministry's system logs who asked, so both are required. */
function callContext(input: RouteInput): { officerId: string; unitCode: string; requestId?: string } | Reply {
  const officerId = decodedHeader(input, HEADERS.officerId);
  const unitCode = decodedHeader(input, HEADERS.unitCode);
  if (!officerId) return { status: 400, body: errorBody(ERROR_CODES.invalidRequest, "the calling officer is required", HEADERS.officerId) };
  if (!unitCode) return { status: 400, body: errorBody(ERROR_CODES.invalidRequest, "the calling unit is required", HEADERS.unitCode) };
  return { officerId, unitCode, ...(input.requestId ? { requestId: input.requestId } : {}) };
}

/** The caller's context plus the idempotency key every write needs. */
function writeContext(input: RouteInput): { officerId: string; unitCode: string; requestId?: string; idempotencyKey: string } | Reply {
  const ctx = callContext(input);
  if ("status" in ctx) return ctx;
  const idempotencyKey = input.header(HEADERS.idempotencyKey)?.trim();
  if (!idempotencyKey || idempotencyKey.length > 200) return { status: 400, body: errorBody(ERROR_CODES.invalidRequest, "an idempotency key (1–200 characters) is required", HEADERS.idempotencyKey) };
  return { ...ctx, idempotencyKey };
}

export const ROUTES: readonly MockRoute[] = [
  {
    system: "civilRegistry",
    method: "POST",
    path: "/records/search",
    async handle(input) {
      const parsed = ZCivilSearchRequest.safeParse(input.body);
      if (!parsed.success) return invalid(parsed.error);
      const ctx = callContext(input);
      if ("status" in ctx) return ctx;
      const { query, limit } = parsed.data;
      return okAs(ZCivilSearchResult, await input.ports.civilRegistry.search(query, ctx, limit === undefined ? undefined : { limit }));
    },
  },
  {
    system: "civilRegistry",
    method: "GET",
    path: "/records/{id}",
    async handle(input) {
      const ctx = callContext(input);
      if ("status" in ctx) return ctx;
      const record = await input.ports.civilRegistry.getRecord(input.params.id ?? "", ctx);
      return record ? okAs(ZCivilRecord, record) : { status: 404, body: errorBody(ERROR_CODES.recordNotFound, "no record with this id") };
    },
  },
  {
    system: "civilRegistry",
    method: "POST",
    path: "/issued-copies",
    async handle(input) {
      const parsed = ZIssuedCopyRegistration.safeParse(input.body);
      if (!parsed.success) return invalid(parsed.error);
      const ctx = writeContext(input);
      if ("status" in ctx) return ctx;
      if (parsed.data.unitCode !== ctx.unitCode) return { status: 400, body: errorBody(ERROR_CODES.invalidRequest, "a unit registers only its own copies", "unitCode") };
      return okAs(ZRegistrationReceipt, await input.ports.civilRegistry.registerIssuedCopy(parsed.data, ctx));
    },
  },
  {
    system: "civilRegistry",
    method: "POST",
    path: "/issued-copies/{id}/revocation",
    async handle(input) {
      const parsed = ZRevocation.safeParse(input.body);
      if (!parsed.success) return invalid(parsed.error);
      const ctx = writeContext(input);
      if ("status" in ctx) return ctx;
      return okAs(ZRegistrationReceipt, await input.ports.civilRegistry.revokeIssuedCopy(input.params.id ?? "", parsed.data, ctx));
    },
  },
  { system: "civilRegistry", method: "GET", path: "/health", handle: async () => health("civil-registry") },
  {
    system: "population",
    method: "GET",
    path: "/citizens/{personalId}",
    async handle(input) {
      const personalId = ZPersonalIdParam.safeParse(input.params.personalId);
      if (!personalId.success) return invalid(personalId.error, "personalId");
      // The credential is passed through untouched: verifying it is the population system's job
      // (the in-process mock does it with the shared secret), exactly as the real one would.
      const credential = input.header(HEADERS.officerCredential) ?? "";
      const citizen = await input.ports.population.getCitizen(personalId.data, credential, { requestId: input.requestId });
      return citizen ? okAs(ZCitizen, citizen) : { status: 404, body: errorBody(ERROR_CODES.citizenNotFound, "no citizen with this personal ID number") };
    },
  },
  {
    system: "population",
    method: "POST",
    path: "/candidates/search",
    async handle(input) {
      const query = ZCandidateQuery.safeParse(input.body);
      if (!query.success) return invalid(query.error);
      const credential = input.header(HEADERS.officerCredential) ?? "";
      const candidates = await input.ports.population.findCandidates(query.data, credential, { requestId: input.requestId });
      return okAs(ZCandidateResult, { candidates });
    },
  },
  { system: "population", method: "GET", path: "/health", handle: async () => health("population") },
];

/** Refusals documented with a status of their own; any other refusal is a 403. */
const REFUSAL_STATUS: Record<string, number> = {
  [ERROR_CODES.numberTaken]: 409,
  [ERROR_CODES.idempotencyConflict]: 422,
  [ERROR_CODES.registrationNotFound]: 404,
};

/** A port's refusal becomes the documented status with its code; anything else is a 500. */
export function replyForError(error: unknown): Reply {
  if (isUpstreamError(error) && error.kind === "refused") {
    return { status: REFUSAL_STATUS[error.upstreamCode ?? ""] ?? 403, body: errorBody(error.upstreamCode ?? "REFUSED", error.message) };
  }
  return { status: 500, body: errorBody(ERROR_CODES.internal, "internal error") };
}

type Compiled = { route: MockRoute; pattern: RegExp; names: string[] };
const compiled: Compiled[] = ROUTES.map((route) => {
  const names: string[] = [];
  const source = route.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  return { route, pattern: new RegExp(`^${BASE_PATHS[route.system]}${source}$`), names };
});

/** The route for a path, or why there is none (404: no such path; 405: path exists, not the method). */
export function matchRoute(method: string, pathname: string): { route: MockRoute; params: Record<string, string> } | 404 | 405 {
  let pathMatched = false;
  for (const { route, pattern, names } of compiled) {
    const m = pattern.exec(pathname);
    if (!m) continue;
    pathMatched = true;
    if (route.method !== method) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1] ?? "")));
    return { route, params };
  }
  return pathMatched ? 405 : 404;
}

/** Which system a path belongs to, by its base path. */
export function systemOf(pathname: string): MockSystem | undefined {
  return (Object.keys(BASE_PATHS) as MockSystem[]).find((s) => pathname === BASE_PATHS[s] || pathname.startsWith(`${BASE_PATHS[s]}/`));
}
