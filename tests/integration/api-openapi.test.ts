import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { z } from "zod";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";

// The served OpenAPI document is generated from the zod schemas the handlers parse with and answer
// by. Here real answers of the handlers, successes and errors, are checked against the schemas of
// the document as served (GET /api/v1/openapi.json), so the document cannot drift from the API.

let t: TestDatabase;
let doc: { paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>; components: { schemas: Record<string, unknown> } };

beforeAll(async () => {
  t = await createTestDatabase();
  // The route handlers use the app's own database client (lib/db/app-db.ts): point it here first.
  process.env.DATABASE_URL = t.url;
  await runSeed(t.prisma, { demo: true });
  const { GET } = await import("@/app/api/v1/openapi.json/route");
  doc = await (await GET(new Request("http://localhost/api/v1/openapi.json"))).json();
});
afterAll(async () => t?.cleanup());

/** A component of the served document as a zod schema: its $refs point at the document's other components. */
function served(name: string): z.ZodType {
  const rebase = (node: unknown) => JSON.parse(JSON.stringify(node).replaceAll('"#/components/schemas/', '"#/$defs/'));
  const schema = doc.components.schemas[name];
  expect(schema, name).toBeTruthy();
  return z.fromJSONSchema({ ...rebase(schema), $defs: rebase(doc.components.schemas) });
}

/** Checks an answer against the document: its status is documented for the operation, its body fits the schema named there. */
async function expectDocumented(response: Response, path: string, method: "get" | "post", status: number) {
  expect(response.status).toBe(status);
  const documented = doc.paths[path]?.[method]?.responses[String(status)] as { content?: Record<string, { schema: { $ref: string } }> } | undefined;
  expect(documented, `${method.toUpperCase()} ${path} ${status} is documented`).toBeTruthy();
  const ref = documented!.content!["application/json"]!.schema.$ref;
  const body: unknown = await response.json();
  const parsed = served(ref.replace("#/components/schemas/", "")).safeParse(body);
  expect(parsed.success, `${status} ${JSON.stringify(body)}: ${parsed.error?.message}`).toBe(true);
  return body as Record<string, unknown>;
}

const DEMO = "demo-tthc-key";
const post = async (route: "lookups" | "copy-requests", body: unknown, key = DEMO) => {
  const { POST } = route === "lookups" ? await import("@/app/api/v1/lookups/route") : await import("@/app/api/v1/copy-requests/route");
  return POST(new Request(`http://localhost/api/v1/${route}`, { method: "POST", headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" }, body: JSON.stringify(body) }));
};
const LOOKUP = { unitCode: "23575", purpose: { kind: "dossier", dossierCode: "OA-1", procedureCode: "2.000635", replacesPapers: ["birth-certificate"] }, query: { personalId: "001300007731" }, eventTypes: ["BIRTH"] };

describe("the served document", () => {
  it("keeps the operations, the key scheme and the examples", () => {
    expect(doc.paths["/api/v1/lookups"]!.post!.operationId).toBe("createLookup");
    expect(doc.paths["/api/v1/copy-requests"]!.post!.operationId).toBe("createCopyRequest");
    expect(doc).toMatchObject({ openapi: "3.1.0", security: [{ bearerKey: [] }], components: { securitySchemes: { bearerKey: { type: "http", scheme: "bearer" } } } });
    const request = doc.components.schemas.LookupRequest as { properties: Record<string, { examples?: string[]; oneOf?: unknown[] }> };
    expect(request.properties.unitCode!.examples).toEqual(["23575"]);
    expect(request.properties.query!.oneOf).toHaveLength(3);
  });

  it("rejects what the API never answers (the check is not vacuous)", () => {
    expect(served("LookupResponse").safeParse({ lookupId: "x", truncated: false, results: [{ recordId: "r" }] }).success).toBe(false);
    expect(served("Error").safeParse({ error: { code: "NOPE", message: "m" } }).success).toBe(false);
  });
});

describe("POST /api/v1/lookups answers as documented", () => {
  it("200 with results", async () => {
    const body = await expectDocumented(await post("lookups", LOOKUP), "/api/v1/lookups", "post", 200);
    expect(body.results).not.toHaveLength(0);
  });

  it("400, 401 and 404 in the error shape", async () => {
    await expectDocumented(await post("lookups", { ...LOOKUP, query: { personalId: "123" } }), "/api/v1/lookups", "post", 400);
    await expectDocumented(await post("lookups", LOOKUP, "not-a-key-at-all"), "/api/v1/lookups", "post", 401);
    await expectDocumented(await post("lookups", { ...LOOKUP, unitCode: "99999" }), "/api/v1/lookups", "post", 404);
  });
});

describe("POST /api/v1/copy-requests answers as documented", () => {
  const FILE = { dossierCode: "OA-CR-1", unitCode: "23575", record: { query: { personalId: "001300007731" }, eventTypes: ["BIRTH"] }, requester: { name: "Vũ Minh Trang", idNumber: "001300007731", relation: "SELF" } };

  it("201, then 200 for the same dossier code, and GET of the request", async () => {
    const created = await expectDocumented(await post("copy-requests", FILE), "/api/v1/copy-requests", "post", 201);
    await expectDocumented(await post("copy-requests", FILE), "/api/v1/copy-requests", "post", 200);
    const { GET } = await import("@/app/api/v1/copy-requests/[id]/route");
    const id = String(created.id);
    const read = await GET(new Request(`http://localhost/api/v1/copy-requests/${id}`, { headers: { Authorization: `Bearer ${DEMO}` } }), { params: Promise.resolve({ id }) });
    await expectDocumented(read, "/api/v1/copy-requests/{id}", "get", 200);
  });

  it("422 and 400 in the error shape", async () => {
    const stranger = { ...FILE, dossierCode: "OA-CR-2", requester: { name: "Người Lạ", idNumber: "001099000001", relation: "SELF" } };
    await expectDocumented(await post("copy-requests", stranger), "/api/v1/copy-requests", "post", 422);
    await expectDocumented(await post("copy-requests", { ...FILE, copies: 0 }), "/api/v1/copy-requests", "post", 400);
  });
});
