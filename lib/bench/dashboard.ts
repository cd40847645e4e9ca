// The floor of bench:dashboard: the dashboard's largest aggregate over the daily rollup, sent as raw
// SQL through `pg` (no Prisma, no Node.js work on the rows). Built from the same helpers as
// loadDashboardData's 12-month trend query (lib/reports/dashboard-data.ts), so it follows the
// rollup's columns.
import type pg from "pg";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { DAILY_KEYS } from "@/lib/reports/indicators";
import { localDay, readRolledThrough, statsSource } from "@/lib/reports/daily-stats";
import { monthBack } from "@/lib/reports/periods";
import { getSetting } from "@/lib/settings/settings";

/**
 * The dashboard's trend aggregate: the daily figures of every unit in `unitIds` summed per month
 * over the last 12 months (rolled days from report_daily_stats, the rest live), as the dashboard
 * page runs it for Sở Tư pháp (communes and the department's own unit).
 */
export async function dashboardTrendSql(db: Db, unitIds: readonly string[], now: Date): Promise<Prisma.Sql> {
  const cal = await getSetting(db, "reportingCalendar");
  const rolledThrough = await readRolledThrough(db);
  const sums = DAILY_KEYS.map((k) => `sum("${k}")::bigint AS "${k}"`).join(", ");
  return Prisma.sql`SELECT to_char(date_trunc('month', "day"), 'YYYY-MM') AS "month", ${Prisma.raw(sums)}
      FROM (${statsSource(monthBack(now, 11, cal).from, localDay(now), rolledThrough)}) "s" WHERE "unitId" = ANY(${[...unitIds]}::text[]) GROUP BY date_trunc('month', "day") ORDER BY 1`;
}

/** Runs `query` through `client` `warmup` times untimed, then `runs` times; each run's ms. */
export async function timeRawSql(client: pg.Client, query: Prisma.Sql, runs: number, warmup = 3): Promise<number[]> {
  const config = { text: query.text, values: query.values as unknown[] };
  for (let i = 0; i < warmup; i++) await client.query(config);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await client.query(config);
    times.push(performance.now() - t);
  }
  return times;
}
