import "server-only";
import { resolveDeps, type Deps } from "@/lib/deps";
import { env } from "@/lib/env";

export type HealthReport = {
  status: "ok" | "down";
  database: { ok: boolean; latencyMs: number };
  version: string;
};

/** Readiness: can the portal reach its database right now, and how fast. */
export async function checkHealth(deps?: Deps): Promise<HealthReport> {
  const { db } = resolveDeps(deps);
  const started = performance.now();
  let ok = true;
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    ok = false;
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  return { status: ok ? "ok" : "down", database: { ok, latencyMs }, version: env().version };
}
