import "server-only";
import { civilRegistry } from "@/lib/adapters/civil-registry";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import type { SystemHealth } from "@/lib/adapters/errors";
import { population } from "@/lib/adapters/population";
import type { PopulationPort } from "@/lib/adapters/population/port";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Db } from "@/lib/db/client";
import { env } from "@/lib/server/env";
import { probeStats, type SystemStats } from "@/lib/admin/monitoring/probe-stats";

export type HealthReport = {
  /** ok: all answer · degraded: a national system is down (lookups fail, the rest works) · down: no database. */
  status: "ok" | "degraded" | "down";
  database: { ok: boolean; latencyMs: number };
  civilRegistry: SystemHealth;
  population: SystemHealth;
  version: string;
  /** The background probe's figures (lib/admin/monitoring): 24-hour and 30-day availability and latency. */
  monitoring?: SystemStats[];
};

type HealthDeps = Deps & { civilRegistry?: CivilRegistryPort; population?: PopulationPort };

/** A port's health() should not throw; if one does, it is reported as down rather than failing the check. */
async function systemHealth(port: () => { health(): Promise<SystemHealth> }, mode: SystemHealth["mode"]): Promise<SystemHealth> {
  try {
    return await port().health();
  } catch {
    return { ok: false, latencyMs: null, breaker: "closed", mode, error: "unavailable" };
  }
}

/** Is the database answering? The one check anonymous callers (load balancers) trigger. */
async function checkDatabase(db: Db): Promise<{ ok: boolean; latencyMs: number }> {
  const started = performance.now();
  let ok = true;
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    ok = false;
  }
  return { ok, latencyMs: Math.round((performance.now() - started) * 10) / 10 };
}

/**
 * Readiness for a load balancer: "ok" while the database answers, "down" (503) otherwise. It calls
 * neither national system, so anonymous callers cannot make the portal hammer them; a national
 * system down leaves the instance ready (lookups fail, the rest works).
 */
export async function checkReadiness(deps?: Deps): Promise<{ status: "ok" | "down" }> {
  const { db } = resolveDeps(deps);
  return { status: (await checkDatabase(db)).ok ? "ok" : "down" };
}

/**
 * Readiness: can the portal reach its database and the two national systems right now, and how
 * fast. The three checks run in parallel; each national system's check is bounded by its client's
 * timeout and skipped while its circuit breaker is open.
 */
export async function checkHealth(deps?: HealthDeps): Promise<HealthReport> {
  const { db } = resolveDeps(deps);
  const [databaseHealth, civilRegistryHealth, populationHealth] = await Promise.all([
    checkDatabase(db),
    systemHealth(() => deps?.civilRegistry ?? civilRegistry(), env().civilRegistry.mode),
    systemHealth(() => deps?.population ?? population(), env().population.mode),
  ]);
  const status = !databaseHealth.ok ? "down" : civilRegistryHealth.ok && populationHealth.ok ? "ok" : "degraded";
  const monitoring = databaseHealth.ok ? await probeStats(db, new Date()).catch(() => undefined) : undefined;
  return { status, database: databaseHealth, civilRegistry: civilRegistryHealth, population: populationHealth, version: env().version, monitoring };
}
