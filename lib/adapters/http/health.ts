import type { SystemHealth } from "@/lib/adapters/errors";
import { isUpstreamError } from "@/lib/adapters/errors";
import type { HttpClient } from "@/lib/adapters/http/client";
import { ZHealthBody } from "@/lib/adapters/http/wire";

/**
 * GET /health through the client, once (no retries: a health check must answer fast and report,
 * not hide, a flaky system). It goes through the breaker on purpose: while open it does not call a
 * system that is down, and once half-open the monitoring poll is the trial that closes it again.
 */
export async function probeHealth(client: HttpClient): Promise<SystemHealth> {
  // Open: nothing was measured, and the system is left alone until the cool-down ends.
  if (client.breaker.state === "open") return { ok: false, latencyMs: null, breaker: "open", mode: "http", error: "circuit_open" };
  const started = performance.now();
  try {
    await client.request({ method: "GET", path: "/health", schema: ZHealthBody, retries: 0 });
    return { ok: true, latencyMs: elapsed(started), breaker: client.breaker.state, mode: "http" };
  } catch (error) {
    const kind = isUpstreamError(error) ? error.kind : "unavailable";
    return { ok: false, latencyMs: elapsed(started), breaker: client.breaker.state, mode: "http", error: kind };
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10;
}
