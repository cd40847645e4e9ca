import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { DAILY_KEYS, emptyFigures, withTotals, type Availability, type Figures, type ReportFigures } from "@/lib/reports/indicators";
import { addDays, readRolledThrough, dayStart, localDay, statsSource } from "@/lib/reports/daily-stats";
import { SYSTEM_SLUG_VALUES } from "@/lib/adapters/systems";

export type CompileRange = { from: string; to: string };

const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));

/**
 * The indicators of every unit in `unitIds` for local days [from, to], compiled from the portal's
 * own records: one set-based query per indicator family, grouped by unit (never a query per unit),
 * so compiling the whole province costs the same few queries as compiling one commune.
 */
export async function compileFigures(db: Db, unitIds: readonly string[], range: CompileRange, now: Date): Promise<Map<string, Figures>> {
  const today = localDay(now);
  const to = range.to < today ? range.to : today;
  const units = [...unitIds];
  const out = new Map<string, Figures>(units.map((u) => [u, emptyFigures()]));
  if (units.length === 0) return out;
  const rolledThrough = await readRolledThrough(db);
  const start = dayStart(range.from);
  const end = dayStart(addDays(range.to, 1));
  const endCap = end.getTime() < now.getTime() ? end : now;
  const sums = DAILY_KEYS.map((k) => `sum("${k}")::bigint AS "${k}"`).join(", ");

  const [daily, agency, officers] = await Promise.all([
    range.from <= to
      ? db.$queryRaw<Record<string, unknown>[]>`SELECT "unitId", ${Prisma.raw(sums)} FROM (${statsSource(range.from, to, rolledThrough)}) "s"
          WHERE "unitId" = ANY(${units}::text[]) GROUP BY 1`
      : Promise.resolve([]),
    // Agency requests per handling unit: received and answered in the period; late when the
    // deadline fell in the period and the answer came after it or had not come by the period's end.
    db.$queryRaw<{ unitId: string; received: bigint; answered: bigint; late: bigint }[]>`
      SELECT "handlingUnitId" AS "unitId",
        count(*) FILTER (WHERE "receivedAt" >= ${start} AND "receivedAt" < ${end}) AS "received",
        count(*) FILTER (WHERE "answeredAt" >= ${start} AND "answeredAt" < ${end}) AS "answered",
        count(*) FILTER (WHERE "dueAt" >= ${start} AND "dueAt" < ${endCap} AND "status" NOT IN ('REFUSED', 'RETURNED')
          AND ("answeredAt" IS NULL OR "answeredAt" > "dueAt")) AS "late"
      FROM "agency_requests"
      WHERE "handlingUnitId" = ANY(${units}::text[])
        AND ("receivedAt" >= ${start} AND "receivedAt" < ${end} OR "answeredAt" >= ${start} AND "answeredAt" < ${end} OR "dueAt" >= ${start} AND "dueAt" < ${end})
      GROUP BY 1`,
    // Officers of the unit at the period's end, and those holding a population-database grant then.
    db.$queryRaw<{ unitId: string; officers: bigint; withGrant: bigint }[]>`
      SELECT u."unitId", count(*) AS "officers",
        count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "population_grants" g WHERE g."userId" = u."id" AND g."status" IN ('GRANTED', 'REVOKED')
          AND coalesce(g."decidedAt", g."requestedAt") < ${endCap} AND (g."revokedAt" IS NULL OR g."revokedAt" >= ${endCap})
          AND (g."validUntil" IS NULL OR g."validUntil" >= ${range.to}::date))) AS "withGrant"
      FROM "users" u
      WHERE u."unitId" = ANY(${units}::text[]) AND u."active" AND u."role" IN ('COMMUNE_OFFICER', 'COMMUNE_SIGNER') AND u."createdAt" < ${endCap}
      GROUP BY 1`,
  ]);
  for (const row of daily) {
    const f = out.get(row.unitId as string);
    if (f) for (const k of DAILY_KEYS) f[k] = num(row[k]);
  }
  for (const row of agency) {
    const f = out.get(row.unitId);
    if (f) Object.assign(f, { agencyReceived: num(row.received), agencyAnswered: num(row.answered), agencyLate: num(row.late) });
  }
  for (const row of officers) {
    const f = out.get(row.unitId);
    if (f) Object.assign(f, { officers: num(row.officers), officersWithGrant: num(row.withGrant) });
  }
  for (const f of out.values()) withTotals(f);
  return out;
}

/** Availability of the two national systems over the period, from the background probe's rows. */
export async function compileAvailability(db: Db, range: CompileRange): Promise<Availability[]> {
  const rows = await db.$queryRaw<{ system: string; probes: bigint; ok: bigint; p95: number | null }[]>`
    SELECT "system", count(*) AS "probes", count(*) FILTER (WHERE "ok") AS "ok",
      percentile_cont(0.95) WITHIN GROUP (ORDER BY "latencyMs") FILTER (WHERE "ok") AS "p95"
    FROM "system_probes" WHERE "at" >= ${dayStart(range.from)} AND "at" < ${dayStart(addDays(range.to, 1))}
    GROUP BY 1`;
  const bySystem = new Map(rows.map((r) => [r.system, r]));
  return SYSTEM_SLUG_VALUES.map((system) => {
    const r = bySystem.get(system);
    const probes = num(r?.probes);
    const okProbes = num(r?.ok);
    return {
      system, probes, okProbes,
      availabilityPct: probes ? Math.round((okProbes / probes) * 10_000) / 100 : null,
      p95LatencyMs: r?.p95 === null || r?.p95 === undefined ? null : Math.round(Number(r.p95)),
    };
  });
}

/** One unit's report figures for a period (a draft shows these live; a submission freezes them). */
export async function compileUnitReport(db: Db, unitId: string, range: CompileRange, now: Date): Promise<ReportFigures> {
  const [figures, availability] = await Promise.all([compileFigures(db, [unitId], range, now), compileAvailability(db, range)]);
  return { figures: figures.get(unitId)!, availability };
}
