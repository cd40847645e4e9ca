import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { getSetting } from "@/lib/settings/settings";
import { compileAvailability, compileFigures } from "@/lib/reports/compile";
import { DAILY_KEYS, addFigures, emptyFigures, withTotals, type Availability, type Figures } from "@/lib/reports/indicators";
import { localDay, readRolledThrough, probeSource, statsSource } from "@/lib/reports/daily-stats";
import { monthBack, periodFromKey, periodKey } from "@/lib/reports/periods";
import type { ReportingCalendar } from "@/lib/reports/calendar";
import type { TDashboardFilter } from "@/lib/reports/schemas";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { SYSTEM_SLUGS } from "@/lib/adapters/systems";
import { TREND_MONTHS } from "@/lib/reports/dashboard-view";

export type DashboardUnit = {
  id: string; code: string; name: string; district: string; formerProvince: string;
  figures: Figures;
  report: { id: string; status: ReportStatus; firstSubmittedAt: Date | null } | null;
  overdue: boolean;
  /** Over the last 12 monthly periods already due (DHIS2: actual / expected, on time / expected). */
  expected: number; submitted: number; onTime: number;
};

const num = (v: unknown) => Number(v ?? 0);

/** The communes of the jurisdiction, each with the former district and province it mostly came from. */
async function communes(db: Db, unitIds: readonly string[]) {
  return db.$queryRaw<{ id: string; code: string; name: string; district: string | null; province: string | null }[]>`
    SELECT u."id", u."code", u."name", f."district", f."province"
    FROM "units" u
    LEFT JOIN LATERAL (
      SELECT d."name" AS "district", p."name" AS "province", count(*) AS "n"
      FROM "historical_unit_mappings" m
      JOIN "historical_units" h ON h."id" = m."historicalUnitId" AND h."level" = 'COMMUNE'
      LEFT JOIN "historical_units" d ON d."level" = 'DISTRICT' AND d."code" = h."parentCode"
      LEFT JOIN "historical_units" p ON p."level" = 'PROVINCE' AND p."code" = h."provinceCode"
      WHERE m."unitId" = u."id" GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1
    ) f ON true
    WHERE u."level" = 'COMMUNE' AND u."active" AND u."id" = ANY(${[...unitIds]}::text[])
    ORDER BY u."name"`;
}

/** The month the dashboard shows: the one asked for, else the last one ended. */
function dashboardMonth(filter: TDashboardFilter, now: Date, cal: ReportingCalendar) {
  return (filter.month && periodFromKey("MONTHLY", filter.month, cal)) || monthBack(now, 1, cal);
}

/**
 * Everything the provincial dashboard shows for one month: per-commune indicators (the same
 * compile as the reports), report status and rates, province totals, 12-month trends and the
 * national systems' availability. A handful of set-based queries over the daily rollup. No
 * authorisation here: callers (getDashboard, the benchmark) decide the units.
 */
export async function loadDashboardData(db: Db, unitIds: readonly string[], filter: TDashboardFilter, now: Date) {
  const [cal, monitoring] = await Promise.all([getSetting(db, "reportingCalendar"), getSetting(db, "monitoring")]);
  const month = dashboardMonth(filter, now, cal);
  const key = periodKey(month);
  const due12 = Array.from({ length: 13 }, (_, i) => monthBack(now, i + 1, cal)).filter((p) => p.dueBefore.getTime() <= now.getTime()).slice(0, 12);
  const trendFrom = monthBack(now, TREND_MONTHS - 1, cal).from;
  const today = localDay(now);

  const [units, offices] = await Promise.all([
    communes(db, unitIds),
    // Sở Tư pháp's own activity (its officers' lookups, the agency requests it keeps) counts in the
    // province's totals and trends, not in the communes' table.
    db.unit.findMany({ where: { id: { in: [...unitIds] }, level: "DEPARTMENT", active: true }, select: { id: true } }),
  ]);
  const ids = units.map((u) => u.id);
  const officeIds = offices.map((o) => o.id);
  const rolledThrough = await readRolledThrough(db);
  const sums = DAILY_KEYS.map((k) => `sum("${k}")::bigint AS "${k}"`).join(", ");
  const [figures, officeFigures, reports, rates, trendRows, availability, probeTrend] = await Promise.all([
    compileFigures(db, ids, { from: month.from, to: month.to }, now),
    officeIds.length ? compileFigures(db, officeIds, { from: month.from, to: month.to }, now) : Promise.resolve(new Map<string, Figures>()),
    db.report.findMany({ where: { unitId: { in: ids }, kind: "MONTHLY", period: key }, select: { id: true, unitId: true, status: true, firstSubmittedAt: true } }),
    db.$queryRaw<{ unitId: string; submitted: bigint; onTime: bigint }[]>`
      SELECT "unitId", count(*) FILTER (WHERE "firstSubmittedAt" IS NOT NULL) AS "submitted", count(*) FILTER (WHERE "firstSubmittedAt" < "dueAt") AS "onTime"
      FROM "reports" WHERE "kind" = 'MONTHLY' AND "period" = ANY(${due12.map(periodKey)}::text[]) AND "unitId" = ANY(${ids}::text[]) GROUP BY 1`,
    db.$queryRaw<Record<string, unknown>[]>`SELECT to_char(date_trunc('month', "day"), 'YYYY-MM') AS "month", ${Prisma.raw(sums)}
      FROM (${statsSource(trendFrom, today, rolledThrough)}) "s" WHERE "unitId" = ANY(${[...ids, ...officeIds]}::text[]) GROUP BY date_trunc('month', "day") ORDER BY 1`,
    compileAvailability(db, { from: month.from, to: month.to }),
    db.$queryRaw<{ month: string; system: string; probes: bigint; ok: bigint }[]>`
      SELECT to_char(date_trunc('month', "day"), 'YYYY-MM') AS "month", "system", sum("probes") AS "probes", sum("okProbes") AS "ok"
      FROM (${probeSource(trendFrom, today, rolledThrough)}) "p" GROUP BY date_trunc('month', "day"), 2 ORDER BY 1`,
  ]);
  const reportBy = new Map(reports.map((r) => [r.unitId, r]));
  const rateBy = new Map(rates.map((r) => [r.unitId, r]));
  const monthDue = month.dueBefore.getTime() <= now.getTime();
  const rows: DashboardUnit[] = units.map((u) => {
    const r = reportBy.get(u.id);
    const rate = rateBy.get(u.id);
    return {
      id: u.id, code: u.code, name: u.name, district: u.district ?? "—", formerProvince: u.province ?? "—",
      figures: figures.get(u.id)!,
      report: r ? { id: r.id, status: r.status, firstSubmittedAt: r.firstSubmittedAt } : null,
      overdue: monthDue && !r?.firstSubmittedAt,
      expected: due12.length, submitted: num(rate?.submitted), onTime: num(rate?.onTime),
    };
  });
  const office = [...officeFigures.values()].reduce((acc, f) => addFigures(acc, f), emptyFigures());
  const totals = rows.reduce((acc, u) => addFigures(acc, u.figures), addFigures(emptyFigures(), office));
  const trends = trendRows.map((t) => {
    const f = emptyFigures();
    for (const k of DAILY_KEYS) f[k] = num(t[k]);
    return { month: t.month as string, figures: withTotals(f) };
  });
  const availabilityTrend = [...new Set(probeTrend.map((p) => p.month))].map((m) => {
    const pct = (system: string) => {
      const p = probeTrend.find((x) => x.month === m && x.system === system);
      return p && num(p.probes) ? Math.round((num(p.ok) / num(p.probes)) * 10_000) / 100 : null;
    };
    return { month: m, civilRegistry: pct(SYSTEM_SLUGS.civilRegistry), population: pct(SYSTEM_SLUGS.population) };
  });
  const expected = rows.length * due12.length;
  const rate = (n: number) => (expected ? Math.round((n / expected) * 1000) / 10 : null);
  const dashboard = {
    month: { key, label: month.label, from: month.from, to: month.to, dueBefore: month.dueBefore, isDue: monthDue },
    rows, totals, office, trends, availability: availability as Availability[], availabilityTrend,
    rates: {
      periods: due12.length,
      reporting: rate(rows.reduce((s, r) => s + r.submitted, 0)),
      onTime: rate(rows.reduce((s, r) => s + r.onTime, 0)),
      monthSubmitted: rows.filter((r) => r.report?.firstSubmittedAt).length,
    },
    overdue: rows.filter((r) => r.overdue).map((r) => ({ id: r.id, code: r.code, name: r.name })),
  };
  // The first data of the live tiles' query (loadDashboardLive): the same figures, read once.
  const live: DashboardLive = {
    monthKey: key, availability: dashboard.availability, monthSubmitted: dashboard.rates.monthSubmitted, overdue: dashboard.overdue,
    probeIntervalSeconds: monitoring.probeIntervalSeconds, loadedAt: now.getTime(),
  };
  return { ...dashboard, live };
}

export type Dashboard = Awaited<ReturnType<typeof loadDashboardData>>;

/**
 * The dashboard's tiles that change between two visits — the national systems' availability and the
 * communes overdue with the month's report — for its query (refetched at the probe interval). The
 * same rules as loadDashboardData, without the figures: a few small queries.
 */
export async function loadDashboardLive(db: Db, unitIds: readonly string[], filter: TDashboardFilter, now: Date) {
  const [cal, monitoring] = await Promise.all([getSetting(db, "reportingCalendar"), getSetting(db, "monitoring")]);
  const month = dashboardMonth(filter, now, cal);
  const monthDue = month.dueBefore.getTime() <= now.getTime();
  const units = await db.unit.findMany({ where: { id: { in: [...unitIds] }, level: "COMMUNE", active: true }, orderBy: { name: "asc" }, select: { id: true, code: true, name: true } });
  const [reports, availability] = await Promise.all([
    db.report.findMany({ where: { unitId: { in: units.map((u) => u.id) }, kind: "MONTHLY", period: periodKey(month), firstSubmittedAt: { not: null } }, select: { unitId: true } }),
    compileAvailability(db, { from: month.from, to: month.to }),
  ]);
  const submitted = new Set(reports.map((r) => r.unitId));
  return {
    monthKey: periodKey(month),
    availability: availability as Availability[],
    monthSubmitted: submitted.size,
    overdue: monthDue ? units.filter((u) => !submitted.has(u.id)) : [],
    probeIntervalSeconds: monitoring.probeIntervalSeconds,
    loadedAt: now.getTime(),
  };
}

export type DashboardLive = Awaited<ReturnType<typeof loadDashboardLive>>;
