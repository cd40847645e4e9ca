import { randomUUID } from "node:crypto";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/server/deps";
import type { SystemHealth } from "@/lib/adapters/errors";
import { SYSTEM_SLUG_VALUES, SYSTEM_SLUGS, type SystemSlug } from "@/lib/adapters/systems";
import type { Db } from "@/lib/db/client";
import { claimLease } from "@/lib/db/lease";

/** The systems probed, by the spelling their rows are stored under. */
export const PROBED_SYSTEMS = SYSTEM_SLUG_VALUES;

/** This process, as a lease holder. */
const INSTANCE_ID = randomUUID();

function row(system: SystemSlug, h: SystemHealth, at: Date) {
  return {
    system, at, ok: h.ok,
    latencyMs: Math.max(0, Math.round(h.latencyMs ?? 0)),
    errorKind: h.ok ? null : (h.error ?? "unavailable"),
    breakerState: h.breaker === "half_open" ? "half-open" : h.breaker,
  };
}

async function safeHealth(port: { health(): Promise<SystemHealth> }): Promise<SystemHealth> {
  try {
    return await port.health();
  } catch {
    return { ok: false, latencyMs: null, breaker: "closed", mode: "http", error: "unavailable" };
  }
}

/**
 * One probe of both national systems through the real adapters' health calls (the same clients,
 * hence the same circuit breakers, as the lookups), written to system_probes.
 */
export async function runProbe(deps?: Deps): Promise<ReturnType<typeof row>[]> {
  const { db, now } = resolveDeps(deps);
  const systems = resolveSystems(deps);
  const [cr, pop] = await Promise.all([safeHealth(systems.civilRegistry), safeHealth(systems.population)]);
  const rows = [row(SYSTEM_SLUGS.civilRegistry, cr, now), row(SYSTEM_SLUGS.population, pop, now)];
  await db.systemProbe.createMany({ data: rows });
  return rows;
}

/**
 * Takes the probe lease for `seconds` if nobody holds a live one: a single conditional UPDATE (then
 * an INSERT the first time), so of several server instances exactly one probes per interval.
 */
export async function claimProbeLease(db: Db, now: Date, seconds: number, holder: string = INSTANCE_ID): Promise<boolean> {
  return claimLease(db, "probe", now, seconds, holder);
}
