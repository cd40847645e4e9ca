import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { UpstreamError } from "@/lib/adapters/errors";
import { backoffDelay } from "@/lib/adapters/http/backoff";
import { CircuitBreaker } from "@/lib/adapters/http/breaker";
import { createHttpClient, type HttpClientOptions } from "@/lib/adapters/http/client";
import { transportFailure } from "@/lib/adapters/http/failures";

const ZThing = z.object({ id: z.string(), n: z.number() });
const json = (status: number, body: unknown) => new Response(typeof body === "string" ? body : JSON.stringify(body), { status });
const refusedConnection = () => Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
const timedOut = () => new DOMException("The operation was aborted due to timeout", "TimeoutError");

/** A client over a scripted fetch; records calls and the backoff sleeps instead of waiting. */
function scripted(answers: Array<() => Response | Error>, options: Partial<HttpClientOptions> = {}) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const sleeps: number[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const next = answers[Math.min(calls.length - 1, answers.length - 1)]!();
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch;
  const client = createHttpClient({
    system: "civilRegistry",
    baseUrl: "http://upstream.test/civil-registry/v1/",
    apiKey: "k-123",
    timeoutMs: 1000,
    fetch: fetchImpl,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    ...options,
  });
  return { client, calls, sleeps };
}

async function failure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

describe("backoff", () => {
  it("grows exponentially under a cap, with full jitter", () => {
    const top = () => 0.999_999;
    expect([0, 1, 2, 3, 4, 5, 10].map((r) => backoffDelay(r, { baseMs: 100, maxMs: 2000 }, top))).toEqual([99, 199, 399, 799, 1599, 1999, 1999]);
    expect(backoffDelay(3, { baseMs: 100, maxMs: 2000 }, () => 0)).toBe(0);
    expect(backoffDelay(2, { baseMs: 100, maxMs: 2000 }, () => 0.5)).toBe(200);
  });
});

describe("circuit breaker (injected clock)", () => {
  it("opens after N consecutive failures, half-opens after the cool-down, closes on a good trial", () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 1000, now: () => now });
    breaker.onFailure();
    breaker.onFailure();
    breaker.onSuccess(); // not consecutive: starts over
    breaker.onFailure();
    breaker.onFailure();
    expect(breaker.state).toBe("closed");
    breaker.onFailure();
    expect(breaker.state).toBe("open");
    expect(breaker.tryAcquire()).toBe(false);
    now = 999;
    expect(breaker.state).toBe("open");
    now = 1000;
    expect(breaker.state).toBe("half_open");
    expect(breaker.tryAcquire()).toBe(true); // the one trial
    expect(breaker.tryAcquire()).toBe(false); // others fail fast meanwhile
    breaker.onSuccess();
    expect(breaker.state).toBe("closed");
    expect(breaker.consecutiveFailures).toBe(0);
  });

  it("re-opens with a fresh cool-down when the trial fails", () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 1, coolDownMs: 1000, now: () => now });
    breaker.onFailure();
    now = 1500;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.onFailure();
    expect(breaker.state).toBe("open");
    now = 2499;
    expect(breaker.state).toBe("open");
    now = 2500;
    expect(breaker.state).toBe("half_open");
  });
});

describe("fetch helper", () => {
  afterEach(() => vi.useRealTimers());

  it("sends base URL, bearer key, request id and headers, and returns the parsed body", async () => {
    const { client, calls } = scripted([() => json(200, { id: "a", n: 1, extra: "dropped" })]);
    const value = await client.request({ method: "POST", path: "/records/search", body: { q: 1 }, schema: ZThing, headers: { "x-unit-code": "23764", "x-empty": undefined }, requestId: "req-1" });
    expect(value).toEqual({ id: "a", n: 1 });
    const { url, init } = calls[0]!;
    expect(url).toBe("http://upstream.test/civil-registry/v1/records/search");
    expect(init.headers).toMatchObject({ authorization: "Bearer k-123", "x-request-id": "req-1", "x-unit-code": "23764", "content-type": "application/json" });
    expect(init.headers).not.toHaveProperty("x-empty");
    expect(init.body).toBe('{"q":1}');
    expect(init.signal).toBeInstanceOf(AbortSignal);
  });

  it("maps invalid JSON and schema mismatches to bad_response, without retrying", async () => {
    const broken = scripted([() => json(200, '{"id": "a", "n"')]);
    expect((await failure(broken.client.request({ method: "GET", path: "/x", schema: ZThing }))).kind).toBe("bad_response");
    expect(broken.calls).toHaveLength(1);
    const wrong = scripted([() => json(200, { ID: "a", N: 1 })]);
    const e = await failure(wrong.client.request({ method: "GET", path: "/x", schema: ZThing }));
    expect(e.kind).toBe("bad_response");
    expect(e.message).toMatch(/id: /);
  });

  it("maps a 4xx with the system's code to refused, and a documented 404 to null", async () => {
    const refused = scripted([() => json(403, { error: { code: "GRANT_REQUIRED", message: "no grant" } })]);
    const e = await failure(refused.client.request({ method: "GET", path: "/x", schema: ZThing }));
    expect([e.kind, e.upstreamCode]).toEqual(["refused", "GRANT_REQUIRED"]);
    expect(refused.calls).toHaveLength(1);
    const missing = scripted([() => json(404, { error: { code: "RECORD_NOT_FOUND", message: "none" } })]);
    expect(await missing.client.find({ method: "GET", path: "/x", schema: ZThing, notFoundCodes: ["RECORD_NOT_FOUND"] })).toBeNull();
  });

  it("treats a 404 without the documented code (wrong base URL) as bad_response, not as 'missing'", async () => {
    const { client } = scripted([() => json(404, "<html>Not Found</html>")]);
    const e = await failure(client.find({ method: "GET", path: "/x", schema: ZThing, notFoundCodes: ["RECORD_NOT_FOUND"] }));
    expect(e.kind).toBe("bad_response");
  });

  it("retries idempotent calls on 5xx, timeout and refused connections with jittered backoff, keeping the request id", async () => {
    const { client, calls, sleeps } = scripted([() => json(503, { error: { code: "SERVICE_UNAVAILABLE", message: "" } }), () => timedOut(), () => json(200, { id: "a", n: 2 })]);
    expect(await client.request({ method: "GET", path: "/x", schema: ZThing })).toEqual({ id: "a", n: 2 });
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([50, 100]); // random 0.5 × 100, × 200
    const ids = calls.map((c) => (c.init.headers as Record<string, string>)["x-request-id"]);
    expect(new Set(ids).size).toBe(1);

    const down = scripted([() => refusedConnection()], { retries: 1 });
    const e = await failure(down.client.request({ method: "GET", path: "/x", schema: ZThing }));
    expect([e.kind, down.calls.length]).toEqual(["unavailable", 2]);
    expect(e.message).toMatch(/ECONNREFUSED/);
  });

  it("does not retry a POST unless it is marked idempotent", async () => {
    const plain = scripted([() => json(502, "bad gateway")]);
    expect((await failure(plain.client.request({ method: "POST", path: "/x", body: {}, schema: ZThing }))).kind).toBe("unavailable");
    expect(plain.calls).toHaveLength(1);
    const search = scripted([() => json(502, "bad gateway"), () => json(200, { id: "s", n: 0 })]);
    await search.client.request({ method: "POST", path: "/x", body: {}, schema: ZThing, idempotent: true });
    expect(search.calls).toHaveLength(2);
  });

  it("gives up after the retries with the last failure's kind", async () => {
    const { client, calls } = scripted([() => timedOut()]);
    const e = await failure(client.request({ method: "GET", path: "/x", schema: ZThing }));
    expect([e.kind, calls.length]).toEqual(["timeout", 3]);
  });

  it("opens the breaker after consecutive failures and then fails fast without calling", async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureThreshold: 3, coolDownMs: 5000, now: () => now });
    const { client, calls } = scripted([() => json(500, "oops"), () => json(500, "oops"), () => json(500, "oops"), () => json(200, { id: "b", n: 3 })], { breaker, retries: 0 });
    for (let i = 0; i < 3; i++) await failure(client.request({ method: "GET", path: "/x", schema: ZThing }));
    expect(client.breaker.state).toBe("open");
    const fast = await failure(client.request({ method: "GET", path: "/x", schema: ZThing }));
    expect(fast.kind).toBe("circuit_open");
    expect(fast.message).toMatch(/circuit breaker open/);
    expect(calls).toHaveLength(3);
    now = 5000;
    expect(await client.request({ method: "GET", path: "/x", schema: ZThing })).toEqual({ id: "b", n: 3 });
    expect(client.breaker.state).toBe("closed");
  });

  it("stops retrying once its own failures open the breaker, reporting the real cause", async () => {
    const { client, calls } = scripted([() => timedOut()], { breaker: { failureThreshold: 2, coolDownMs: 60_000 }, retries: 4 });
    const e = await failure(client.request({ method: "GET", path: "/x", schema: ZThing }));
    expect([e.kind, calls.length]).toEqual(["timeout", 2]);
  });

  it("refuses a header fetch cannot send as a caller bug, without calling or blaming the system", async () => {
    const { client, calls } = scripted([() => json(200, { id: "a", n: 1 })]);
    const error = await client.request({ method: "GET", path: "/x", schema: ZThing, headers: { "x-officer-id": "Nguyễn" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(UpstreamError);
    expect((error as Error).message).toMatch(/x-officer-id must be printable ASCII/);
    expect([calls.length, client.breaker.consecutiveFailures]).toEqual([0, 0]);
  });

  it("does not count refusals against the breaker (the system answered)", async () => {
    const { client } = scripted([() => json(403, { error: { code: "BAD_CREDENTIAL", message: "" } })], { breaker: { failureThreshold: 1 } });
    await failure(client.request({ method: "GET", path: "/x", schema: ZThing }));
    expect(client.breaker.state).toBe("closed");
  });

  it("waits the backoff with real timers (fake clock)", async () => {
    vi.useFakeTimers();
    const { client, calls } = scripted([() => json(503, "busy"), () => json(200, { id: "c", n: 4 })], { sleep: undefined, random: () => 0.999 });
    const pending = client.request({ method: "GET", path: "/x", schema: ZThing });
    await vi.advanceTimersByTimeAsync(50);
    expect(calls).toHaveLength(1); // still waiting: the first retry's delay is up to 99 ms
    await vi.advanceTimersByTimeAsync(60);
    expect(calls).toHaveLength(2);
    await expect(pending).resolves.toEqual({ id: "c", n: 4 });
  });
});

describe("transport failures", () => {
  it("tells a timeout from an unreachable system", () => {
    expect(transportFailure("population", timedOut(), 500).kind).toBe("timeout");
    expect(transportFailure("population", refusedConnection(), 500)).toMatchObject({ kind: "unavailable", system: "population" });
  });
});
