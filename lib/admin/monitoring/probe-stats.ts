import { getSetting } from "@/lib/settings/settings";
import type { Db } from "@/lib/db/client";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { PROBED_SYSTEMS } from "@/lib/admin/monitoring/probe";
import type { SystemSlug } from "@/lib/adapters/systems";
import { MONITORING_WINDOWS } from "@/lib/admin/monitoring/windows";

export type WindowStats = { probes: number; ok: number; availability: number | null; p50Ms: number | null; p95Ms: number | null; errors: Record<string, number> };
export type SystemStats = {
  system: SystemSlug;
  latest: { at: Date; ok: boolean; latencyMs: number; breakerState: string; errorKind: string | null } | null;
  day: WindowStats;
  month: WindowStats;
};

const DAY_MS = 86_400_000;

async function windowStats(db: Db, since: Date): Promise<Map<string, WindowStats>> {
  const [agg, errs] = await Promise.all([
    db.$queryRaw<{ system: string; probes: number; ok: number; p50: number | null; p95: number | null }[]>`
      SELECT "system", count(*)::int AS "probes", (count(*) FILTER (WHERE "ok"))::int AS "ok",
             percentile_cont(0.5) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE "ok") AS "p50",
             percentile_cont(0.95) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE "ok") AS "p95"
        FROM "system_probes" WHERE "at" >= ${since} GROUP BY "system"`,
    db.$queryRaw<{ system: string; kind: string | null; n: number }[]>`
      SELECT "system", "errorKind" AS "kind", count(*)::int AS "n"
        FROM "system_probes" WHERE "at" >= ${since} AND NOT "ok" GROUP BY 1, 2`,
  ]);
  const out = new Map<string, WindowStats>();
  for (const a of agg) {
    out.set(a.system, {
      probes: a.probes, ok: a.ok, availability: a.probes ? a.ok / a.probes : null,
      p50Ms: a.p50 === null ? null : Math.round(Number(a.p50)), p95Ms: a.p95 === null ? null : Math.round(Number(a.p95)), errors: {},
    });
  }
  for (const e of errs) {
    const w = out.get(e.system);
    if (w) w.errors[e.kind ?? "unknown"] = e.n;
  }
  return out;
}

const EMPTY: WindowStats = { probes: 0, ok: 0, availability: null, p50Ms: null, p95Ms: null, errors: {} };

/**
 * Availability (share of ok probes), p50/p95 latency of ok probes and error counts by kind, over
 * 24 hours and 30 days, with each system's latest probe (and so its circuit-breaker state).
 * Read by the monitoring page and /api/health; the reports read system_probes themselves.
 */
export async function probeStats(db: Db, now: Date): Promise<SystemStats[]> {
  const [day, month, latest] = await Promise.all([
    windowStats(db, new Date(now.getTime() - MONITORING_WINDOWS.shortHours * 3_600_000)),
    windowStats(db, new Date(now.getTime() - MONITORING_WINDOWS.longDays * DAY_MS)),
    Promise.all(PROBED_SYSTEMS.map((system) => db.systemProbe.findFirst({ where: { system }, orderBy: { at: "desc" }, select: { at: true, ok: true, latencyMs: true, breakerState: true, errorKind: true } }))),
  ]);
  return PROBED_SYSTEMS.map((system, i) => ({ system, latest: latest[i] ?? null, day: day.get(system) ?? EMPTY, month: month.get(system) ?? EMPTY }));
}

/** For the monitoring page: the figures, the latest probes (newest first) and when they were read. */
export async function getMonitoring(actor: Actor, deps?: Deps) {
  const { db, now } = resolveDeps(deps);
  assertCan(actor, "admin.monitoring");
  const [stats, recent, settings] = await Promise.all([
    probeStats(db, now),
    db.systemProbe.findMany({ orderBy: { at: "desc" }, take: 20, select: { id: true, system: true, at: true, ok: true, latencyMs: true, errorKind: true, breakerState: true } }),
    getSetting(db, "monitoring"),
  ]);
  return { stats, recent, probeIntervalSeconds: settings.probeIntervalSeconds, loadedAt: now.getTime() };
}

export type Monitoring = Awaited<ReturnType<typeof getMonitoring>>;
