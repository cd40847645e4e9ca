import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { inProcessSystems, startTestServer, TEST_KEYS } from "../helpers/mock-systems";
import { runSeed } from "@/lib/seed/run-seed";
import { BASE_PATHS } from "@/lib/adapters/http/wire";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { writeAccessLog } from "@/lib/audit/write-access-log";
import type { MockGovServer } from "@/mock-national/server";

// One request followed end to end: the id of a POST /api/v1/lookups (the caller's x-request-id, or
// a new one) is the one its access-log row records and the one the national civil-registry system
// receives with the search, over HTTP.

let t: TestDatabase;
let server: MockGovServer;
/** The request ids the mock civil-registry system received with each search. */
const received: (string | undefined)[] = [];

beforeAll(async () => {
  t = await createTestDatabase();
  const ports = inProcessSystems();
  const civilRegistry: CivilRegistryPort = {
    ...ports.civilRegistry,
    search: (query, ctx, options) => {
      received.push(ctx.requestId);
      return ports.civilRegistry.search(query, ctx, options);
    },
  };
  server = await startTestServer({ ...ports, civilRegistry });
  // The route handler builds the app's own database client and adapters from the environment,
  // read once on first use (by the seed): set it first.
  Object.assign(process.env, {
    DATABASE_URL: t.url,
    CIVIL_REGISTRY_MODE: "http",
    CIVIL_REGISTRY_URL: `${server.url}${BASE_PATHS.civilRegistry}`,
    CIVIL_REGISTRY_API_KEY: TEST_KEYS.civilRegistry,
  });
  await runSeed(t.prisma, { demo: true });
  // A row written outside any request, as every row before the request id was recorded.
  await writeAccessLog(t.prisma, { actorLabel: "job", system: "CIVIL_REGISTRY", operation: "SEARCH", query: {}, resultIds: [], outcome: "NOT_FOUND" });
});
afterAll(async () => {
  await server?.stop();
  await t?.cleanup();
});

async function lookup(dossierCode: string, requestId?: string) {
  const { POST } = await import("@/app/api/v1/lookups/route");
  const headers: Record<string, string> = { Authorization: "Bearer demo-tthc-key", "Content-Type": "application/json", ...(requestId === undefined ? {} : { "x-request-id": requestId }) };
  const body = { unitCode: "23575", purpose: { kind: "dossier", dossierCode, procedureCode: "1.000894", replacesPapers: ["birth-certificate"] }, query: { personalId: "001300007731" } };
  const response = await POST(new Request("http://localhost/api/v1/lookups", { method: "POST", headers, body: JSON.stringify(body) }));
  const answer = (await response.json()) as { lookupId: string };
  expect(response.status, JSON.stringify(answer)).toBe(200);
  const { lookupId } = answer;
  const rows = await t.prisma.accessLog.findMany({ where: { lookupId } });
  return { echoed: response.headers.get("x-request-id"), rows };
}

describe("the request id of an API lookup", () => {
  it("is the caller's: echoed, in the access-log row, and sent to the national system", async () => {
    received.length = 0;
    const { echoed, rows } = await lookup("RID-1", "tthc-trace-0001");
    expect(echoed).toBe("tthc-trace-0001");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.requestId).toBe("tthc-trace-0001");
    expect(received).toEqual(["tthc-trace-0001"]);
  });

  it("is a new one when the caller sends none or an unusable one, the same in all three places", async () => {
    for (const [i, sent] of [undefined, "bad id with spaces", "x".repeat(500)].entries()) {
      received.length = 0;
      const { echoed, rows } = await lookup(`RID-2-${i}`, sent);
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
      expect(rows.map((r) => r.requestId)).toEqual([echoed]);
      expect(received).toEqual([echoed]);
    }
  });

  it("leaves the chain verifiable: rows with a request id hash it, older rows hash as before", async () => {
    expect(await t.prisma.accessLog.count({ where: { requestId: null } })).toBeGreaterThan(0);
    expect(await verifyAccessLogChain(t.prisma)).toMatchObject({ ok: true });
  });
});
