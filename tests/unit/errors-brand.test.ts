import { describe, expect, it, vi } from "vitest";
import { isUpstreamError, UpstreamError } from "@/lib/adapters/errors";
import { CircuitBreaker } from "@/lib/adapters/http/breaker";
import { createHttpClient } from "@/lib/adapters/http/client";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { toActionError } from "@/lib/errors/to-action-error";

// `next dev` can hold several copies of one module (a server action's bundle, a page's, an adapter
// kept on globalThis across reloads): an error made by one copy of a class is not `instanceof`
// another copy. A fresh import after vi.resetModules() is such a second copy.
async function secondCopy<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
}

describe("typed errors are told apart across copies of their module", () => {
  it("an UpstreamError of another copy: not an instance of this one, yet recognised, system and kind intact", async () => {
    const other = await secondCopy(() => import("@/lib/adapters/errors"));
    const error = new other.UpstreamError("population", "timeout", "no answer");
    expect(other.UpstreamError).not.toBe(UpstreamError);
    expect(error instanceof UpstreamError).toBe(false);
    expect(isUpstreamError(error)).toBe(true);
    expect(isUpstreamError(new UpstreamError("civilRegistry", "circuit_open", "open"))).toBe(true);
  });

  it("an AppError of another copy is recognised, and a server action shows its message, not 'unexpected error'", async () => {
    const other = await secondCopy(() => import("@/lib/errors/app-error"));
    const error = new other.AppError("UPSTREAM_UNAVAILABLE", { userMessage: "Cơ sở dữ liệu quốc gia về dân cư không trả lời trong thời gian chờ." });
    expect(error instanceof AppError).toBe(false);
    expect(isAppError(error)).toBe(true);
    expect(await toActionError(error)).toEqual({ error: "Cơ sở dữ liệu quốc gia về dân cư không trả lời trong thời gian chờ.", fieldErrors: undefined });
  });

  it("look-alikes are not taken for typed errors", () => {
    expect(isUpstreamError(Object.assign(new Error("x"), { system: "population", kind: "timeout" }))).toBe(false);
    expect(isUpstreamError({ brand: "ho-tich.UpstreamError", system: "population", kind: "exploded" })).toBe(false);
    expect(isUpstreamError({ brand: "ho-tich.UpstreamError", system: "tax-office", kind: "timeout" })).toBe(false);
    expect(isUpstreamError(null)).toBe(false);
    expect(isAppError(Object.assign(new Error("x"), { code: "NOT_FOUND", userMessage: "…" }))).toBe(false);
    expect(isAppError({ brand: "ho-tich.AppError", code: "TEAPOT", userMessage: "…" })).toBe(false);
  });

  it("the http client keeps a breaker made by another copy of the breaker module", async () => {
    const other = await secondCopy(() => import("@/lib/adapters/http/breaker"));
    const breaker = new other.CircuitBreaker({ failureThreshold: 1 });
    expect(breaker instanceof CircuitBreaker).toBe(false);
    const client = createHttpClient({ system: "civilRegistry", baseUrl: "http://x", apiKey: "k", timeoutMs: 100, breaker, fetch: async () => new Response("{}", { status: 503 }), retries: 0 });
    expect(client.breaker).toBe(breaker);
    await expect(client.request({ method: "GET", path: "/x", schema: (await import("zod")).z.object({}) })).rejects.toMatchObject({ kind: "unavailable" });
    expect(breaker.state).toBe("open");
  });
});
