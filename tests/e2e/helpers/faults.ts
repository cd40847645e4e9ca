import { expect, type APIRequestContext } from "@playwright/test";
import { E2E } from "../config";

/** Breaking the mock national systems through their fault endpoint (mock-national/server/admin.ts). */

export type MockSystem = "civilRegistry" | "population";
export type FaultKind = "error" | "timeout" | "malformed";

/** Each kind of failure, as a fault patch: every request fails that way. */
export const FAULTS: Record<FaultKind, Record<string, unknown>> = {
  error: { errorRate: 1 },
  // The mock hangs longer than the app waits, then answers: the app must have given up by then.
  timeout: { timeoutRate: 1, hangMs: E2E.upstream.timeoutMs + 2_000 },
  malformed: { malformedRate: 1, malformedKind: "schema" },
};

const admin = (path: string) => `http://127.0.0.1:${E2E.mockPort}/__admin/${path}`;
const headers = { "x-admin-key": E2E.mockAdminKey, "content-type": "application/json" };

export async function setFaults(request: APIRequestContext, patch: Partial<Record<MockSystem, Record<string, unknown>>>): Promise<void> {
  const res = await request.post(admin("faults"), { headers, data: patch });
  expect(res.status(), await res.text()).toBe(200);
}

/** Requests that reached each mocked system since it started. */
export async function mockRequests(request: APIRequestContext): Promise<Record<MockSystem, number>> {
  const stats = (await (await request.get(admin("stats"), { headers })).json()) as Record<MockSystem, { requests: number }>;
  return { civilRegistry: stats.civilRegistry.requests, population: stats.population.requests };
}

type Health = Record<MockSystem, { ok: boolean; breaker: string }>;

/** The detailed health report (the monitoring token's view: anonymous callers get only the status). */
export async function health(request: APIRequestContext): Promise<Health> {
  const response = await request.get("/api/health", { headers: { Authorization: `Bearer ${E2E.monitoringToken}` } });
  return (await response.json()) as Health;
}

/**
 * Back to working systems and closed breakers, so the next test starts clean: faults reset, then
 * /api/health (which calls both systems through the app's breakers, and is the trial call once a
 * breaker's cool-down is over) until both answer.
 */
export async function heal(request: APIRequestContext): Promise<void> {
  const res = await request.delete(admin("faults"), { headers });
  expect(res.status()).toBe(200);
  await expect
    .poll(async () => {
      const h = await health(request);
      return h.civilRegistry.ok && h.population.ok && h.civilRegistry.breaker === "closed" && h.population.breaker === "closed";
    }, { timeout: E2E.upstream.breakerCoolDownMs + 15_000, intervals: [250, 500, 1_000] })
    .toBe(true);
}
