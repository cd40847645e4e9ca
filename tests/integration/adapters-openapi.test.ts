import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE_PATHS, ZErrorBody } from "@/lib/adapters/http/wire";
import type { MockGovServer } from "@/mock-national/server";
import type { MockSystem } from "@/mock-national/server/faults";
import { openApiComponents } from "@/mock-national/server/openapi-components";
import { ROUTES } from "@/mock-national/server/routes";
import { credential, H_LAN_BIRTH_ID, inProcessSystems, startTestServer, TEST_KEYS } from "../helpers/mock-systems";

// The OpenAPI documents must describe exactly what the mock server serves: the same routes (no
// more, no fewer), the same schemas as the zod ones the client parses with, and every status the
// server answers on a route documented for that route.

type Operation = { responses: Record<string, unknown> };
type Doc = { servers: Array<{ url: string }>; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };

const FILES: Record<MockSystem, string> = { civilRegistry: "lib/adapters/civil-registry/openapi.json", population: "lib/adapters/population/openapi.json" };
const docs = Object.fromEntries(Object.entries(FILES).map(([s, file]) => [s, JSON.parse(readFileSync(file, "utf8")) as Doc])) as Record<MockSystem, Doc>;
const HTTP_METHODS = new Set(["get", "post", "put", "patch", "delete", "head", "options"]);

function documentedRoutes(system: MockSystem): string[] {
  const doc = docs[system];
  const base = new URL(doc.servers[0]!.url).pathname.replace(/\/$/, "");
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => HTTP_METHODS.has(m)).map((m) => `${m.toUpperCase()} ${base}${path}`));
}

const servedRoutes = (system: MockSystem) => ROUTES.filter((r) => r.system === system).map((r) => `${r.method} ${BASE_PATHS[r.system]}${r.path}`);

describe.each(["civilRegistry", "population"] as const)("OpenAPI document of %s", (system) => {
  it("lists exactly the routes the server serves", () => {
    expect(documentedRoutes(system).sort()).toEqual(servedRoutes(system).sort());
  });

  it("has the schemas of the zod contract (refresh: npm run mock:gov -- --write-openapi)", () => {
    expect(docs[system].components.schemas).toEqual(openApiComponents(system));
  });
});

describe("what the server answers is documented", () => {
  let server: MockGovServer;
  beforeAll(async () => {
    server = await startTestServer(inProcessSystems());
  });
  afterAll(() => server.stop());

  const civil = { authorization: `Bearer ${TEST_KEYS.civilRegistry}`, "x-officer-id": "o1", "x-unit-code": "23764", "content-type": "application/json" };
  const pop = { authorization: `Bearer ${TEST_KEYS.population}` };
  const search = (body: unknown, headers: Record<string, string> = civil) =>
    fetch(`${server.url}/civil-registry/v1/records/search`, { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) });

  // [system, documented path, method, request, expected status, expected error code / field]
  const cases: Array<[MockSystem, string, string, () => Promise<Response>, number, string?, string?]> = [
    ["civilRegistry", "/records/search", "post", () => search({ query: { by: "personalId", personalId: "064198004512" } }), 200],
    ["civilRegistry", "/records/search", "post", () => search({ query: { by: "personalId", personalId: "123" } }), 400, "BAD_REQUEST", "query.personalId"],
    ["civilRegistry", "/records/search", "post", () => search({ query: { by: "name", fullName: "A", dateOfBirth: "1990" }, limit: 51 }), 400, "BAD_REQUEST", "limit"],
    ["civilRegistry", "/records/search", "post", () => search("{not json"), 400, "BAD_REQUEST", "body"],
    ["civilRegistry", "/records/search", "post", () => search({ query: { by: "personalId", personalId: "064198004512" } }, { ...civil, "x-officer-id": "" }), 400, "BAD_REQUEST", "x-officer-id"],
    ["civilRegistry", "/records/search", "post", () => search({}, { ...civil, authorization: "Bearer wrong" }), 401, "UNAUTHORIZED"],
    ["civilRegistry", "/records/{id}", "get", () => fetch(`${server.url}/civil-registry/v1/records/${H_LAN_BIRTH_ID}`, { headers: civil }), 200],
    ["civilRegistry", "/records/{id}", "get", () => fetch(`${server.url}/civil-registry/v1/records/nope`, { headers: civil }), 404, "RECORD_NOT_FOUND"],
    ["civilRegistry", "/records/{id}", "get", () => fetch(`${server.url}/civil-registry/v1/records/${H_LAN_BIRTH_ID}`, { headers: { authorization: civil.authorization } }), 400, "BAD_REQUEST", "x-officer-id"],
    ["civilRegistry", "/health", "get", () => fetch(`${server.url}/civil-registry/v1/health`, { headers: civil }), 200],
    ["civilRegistry", "/health", "get", () => fetch(`${server.url}/civil-registry/v1/health`), 401, "UNAUTHORIZED"],
    ["population", "/citizens/{personalId}", "get", () => fetch(`${server.url}/population/v1/citizens/064198004512`, { headers: { ...pop, "x-officer-credential": credential() } }), 200],
    ["population", "/citizens/{personalId}", "get", () => fetch(`${server.url}/population/v1/citizens/064199000000`, { headers: { ...pop, "x-officer-credential": credential() } }), 404, "CITIZEN_NOT_FOUND"],
    ["population", "/citizens/{personalId}", "get", () => fetch(`${server.url}/population/v1/citizens/12ab`, { headers: pop }), 400, "BAD_REQUEST", "personalId"],
    ["population", "/citizens/{personalId}", "get", () => fetch(`${server.url}/population/v1/citizens/064198004512`, { headers: pop }), 403, "GRANT_REQUIRED"],
    ["population", "/citizens/{personalId}", "get", () => fetch(`${server.url}/population/v1/citizens/064198004512`, { headers: { ...pop, "x-officer-credential": "x.y" } }), 403, "BAD_CREDENTIAL"],
    ["population", "/citizens/{personalId}", "get", () => fetch(`${server.url}/population/v1/citizens/064198004512`, { headers: { authorization: "Bearer nope" } }), 401, "UNAUTHORIZED"],
    ["population", "/health", "get", () => fetch(`${server.url}/population/v1/health`, { headers: pop }), 200],
  ];

  it.each(cases)("%s %s %s → %i %s", async (system, path, method, send, status, code, field) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(Object.keys(docs[system].paths[path]![method]!.responses)).toContain(String(status));
    const body: unknown = await res.json();
    if (status >= 400) expect(ZErrorBody.parse(body).error).toMatchObject({ code, ...(field ? { field } : {}) });
  });

  it("answers 404 off the documented routes and 405 for a wrong method, in the error shape", async () => {
    const missing = await fetch(`${server.url}/civil-registry/v2/records/R1`, { headers: civil });
    expect([missing.status, ZErrorBody.parse(await missing.json()).error.code]).toEqual([404, "ROUTE_NOT_FOUND"]);
    const wrong = await fetch(`${server.url}/population/v1/health`, { method: "POST", headers: pop });
    expect([wrong.status, ZErrorBody.parse(await wrong.json()).error.code]).toEqual([405, "METHOD_NOT_ALLOWED"]);
  });
});
