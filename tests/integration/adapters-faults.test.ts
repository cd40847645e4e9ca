import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { UpstreamError } from "@/lib/adapters/errors";
import type { MockGovServer } from "@/mock-national/server";
import { credential, CTX, H_LAN_BIRTH_ID, httpClients, inProcessSystems, startTestServer, TEST_ADMIN_KEY } from "../helpers/mock-systems";

// The portal against the failures real national systems have: slow, down, broken answers. Real
// sockets and real (short) timeouts; the fault plan is injected on the mock server.

const H_LAN_ID = "064198004512";
const byId = { by: "personalId", personalId: H_LAN_ID } as const;

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe("adapters under faults", () => {
  const ports = inProcessSystems();
  let server: MockGovServer;
  beforeAll(async () => {
    server = await startTestServer(ports);
  });
  afterEach(() => {
    server.resetFaults();
    server.resetStats();
  });
  afterAll(() => server.stop());

  it("slow but in time: answers, with the latency visible in health", async () => {
    server.setFaults({ civilRegistry: { latencyMs: 60 } });
    const { civilRegistry } = httpClients(server.url, { timeoutMs: 1_000 });
    expect((await civilRegistry.search(byId, CTX)).results.length).toBeGreaterThan(0);
    const health = await civilRegistry.health();
    expect(health.ok).toBe(true);
    expect(health.latencyMs).toBeGreaterThanOrEqual(55);
  });

  it("hangs past the timeout: UpstreamError timeout after retrying the idempotent call", async () => {
    server.setFaults({ civilRegistry: { timeoutRate: 1, hangMs: 5_000 }, population: { timeoutRate: 1, hangMs: 5_000 } });
    // A high threshold keeps the breaker (tested below) out of this count of retries.
    const { civilRegistry, population } = httpClients(server.url, { timeoutMs: 150, retries: 2, breaker: { failureThreshold: 100 } });
    const started = Date.now();
    const e = await failure(civilRegistry.getRecord(H_LAN_BIRTH_ID, CTX));
    expect([e.system, e.kind]).toEqual(["civilRegistry", "timeout"]);
    expect(Date.now() - started).toBeLessThan(2_000);
    // The search POST is marked idempotent, so it is retried too.
    expect((await failure(civilRegistry.search(byId, CTX))).kind).toBe("timeout");
    expect((await failure(population.getCitizen(H_LAN_ID, credential(), {}))).kind).toBe("timeout");
    const stats = server.stats();
    expect(stats.civilRegistry.injected.timeout).toBe(6);
    expect(stats.population.injected.timeout).toBe(3);
  });

  it("recovers from a transient 503 by retrying", async () => {
    const draws = [0.1]; // the first request draws an error; then no fault
    const flaky = await startTestServer(ports, { faults: { civilRegistry: { errorRate: 0.5 } }, random: () => draws.shift() ?? 0.9 });
    try {
      const { civilRegistry } = httpClients(flaky.url);
      expect(await civilRegistry.getRecord(H_LAN_BIRTH_ID, CTX)).not.toBeNull();
      expect(flaky.stats().civilRegistry).toMatchObject({ requests: 2, byStatus: { 503: 1, 200: 1 } });
    } finally {
      await flaky.stop();
    }
  });

  it("answers 503 every time: unavailable, after the retries", async () => {
    server.setFaults({ population: { errorRate: 1 } });
    const { population } = httpClients(server.url, { retries: 2 });
    const e = await failure(population.getCitizen(H_LAN_ID, credential(), {}));
    expect([e.kind, e.upstreamCode]).toEqual(["unavailable", "SERVICE_UNAVAILABLE"]);
    expect(server.stats().population.requests).toBe(3);
  });

  it("malformed answers (truncated or wrong shape) are bad_response, never data, and not retried", async () => {
    const { civilRegistry, population } = httpClients(server.url);
    for (const malformedKind of ["truncated", "schema"] as const) {
      server.setFaults({ civilRegistry: { malformedRate: 1, malformedKind }, population: { malformedRate: 1, malformedKind } });
      expect((await failure(civilRegistry.search(byId, CTX))).kind).toBe("bad_response");
      expect((await failure(population.getCitizen(H_LAN_ID, credential(), {}))).kind).toBe("bad_response");
    }
    expect(server.stats().civilRegistry.requests).toBe(2);
  });

  it("a wrong API key is refused (401), and health says so", async () => {
    const { civilRegistry } = httpClients(server.url, { apiKey: "wrong" });
    const e = await failure(civilRegistry.getRecord(H_LAN_BIRTH_ID, CTX));
    expect([e.kind, e.upstreamCode]).toEqual(["refused", "UNAUTHORIZED"]);
    expect(await civilRegistry.health()).toMatchObject({ ok: false, error: "refused", breaker: "closed" });
  });

  it("the breaker opens after N failures, fails fast, then closes again after the cool-down", async () => {
    server.setFaults({ civilRegistry: { errorRate: 1 } });
    const { civilRegistry } = httpClients(server.url, { retries: 0, breaker: { failureThreshold: 3, coolDownMs: 300 } });
    for (let i = 0; i < 3; i++) expect((await failure(civilRegistry.getRecord(H_LAN_BIRTH_ID, CTX))).kind).toBe("unavailable");
    expect(civilRegistry.client.breaker.state).toBe("open");

    const fast = await failure(civilRegistry.search(byId, CTX));
    expect([fast.kind, fast.message]).toEqual(["circuit_open", expect.stringMatching(/circuit breaker open/)]);
    expect(server.stats().civilRegistry.requests).toBe(3); // the open breaker spared the system
    expect(await civilRegistry.health()).toMatchObject({ ok: false, breaker: "open", latencyMs: null, error: "circuit_open" });

    server.resetFaults(); // the system comes back
    await new Promise((r) => setTimeout(r, 320));
    expect(civilRegistry.client.breaker.state).toBe("half_open");
    expect(await civilRegistry.getRecord(H_LAN_BIRTH_ID, CTX)).not.toBeNull(); // the trial call
    expect(civilRegistry.client.breaker.state).toBe("closed");
    expect(await civilRegistry.health()).toMatchObject({ ok: true, breaker: "closed" });
  });

  it("faults can be changed at run time through the admin endpoint (with its key only)", async () => {
    const admin = (key: string, body: unknown) =>
      fetch(`${server.url}/__admin/faults`, { method: "POST", headers: { "x-admin-key": key, "content-type": "application/json" }, body: JSON.stringify(body) });
    expect((await admin("nope", { population: { errorRate: 1 } })).status).toBe(401);
    expect((await admin(TEST_ADMIN_KEY, { population: { errorRate: 2 } })).status).toBe(400);
    const res = await admin(TEST_ADMIN_KEY, { population: { errorRate: 1 } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { population: { errorRate: number } }).population.errorRate).toBe(1);
    const { population, civilRegistry } = httpClients(server.url, { retries: 0 });
    expect((await population.health()).ok).toBe(false);
    expect((await civilRegistry.health()).ok).toBe(true); // per system
    const stats = (await (await fetch(`${server.url}/__admin/stats`, { headers: { "x-admin-key": TEST_ADMIN_KEY } })).json()) as { population: { injected: { error: number } } };
    expect(stats.population.injected.error).toBe(1);
  });
});

describe("a system that is down", () => {
  it("connection refused: unavailable, and health reports it", async () => {
    const server = await startTestServer(inProcessSystems());
    const { civilRegistry, population } = httpClients(server.url, { retries: 1 });
    await server.stop();
    const e = await failure(civilRegistry.getRecord(H_LAN_BIRTH_ID, CTX));
    expect([e.kind, e.message]).toEqual(["unavailable", expect.stringMatching(/ECONNREFUSED/)]);
    expect((await failure(population.getCitizen(H_LAN_ID, credential(), {}))).kind).toBe("unavailable");
    expect(await population.health()).toMatchObject({ ok: false, error: "unavailable", mode: "http" });
  });
});
