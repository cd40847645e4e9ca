// Benchmark of reporting: npm run bench:dashboard [-- --months 12 --scale 1 --runs 30]
//
// Provisions a private PostgreSQL 15 cluster (lib/bench/pg-cluster.ts), migrates, seeds the units
// and catalogue, loads the scale data (lib/seed/scale.ts: a year of the province, ≥5 M access-log
// rows), rebuilds the daily rollup, then measures:
//   compileAllUnitsMs  all communes' monthly report figures (last month) through the rollup, median
//   compileLiveMs      the same straight from the source tables (no rollup: the "before")
//   dashboardP95Ms     the dashboard's data (loadDashboardData) for Sở Tư pháp, p95 over --runs
//   rawSqlP95Ms        its floor: the dashboard's 12-month aggregate over the rollup alone, raw SQL
//                      through `pg` (lib/bench/dashboard.ts), as many runs, interleaved with the
//                      dashboard's; ratioToRawSql = dashboardP95Ms ÷ rawSqlP95Ms (target ≤ 3)
//   --verify           also re-walk the access log's hash chain (audit:verify) after the load
// Everything it started is stopped and deleted at the end, on error and on Ctrl-C.
// Progress goes to stderr; the LAST stdout line is one JSON object.
import pg from "pg";
import { dashboardTrendSql, timeRawSql } from "@/lib/bench/dashboard";
import { atMost, ratio } from "@/lib/bench/floors";
import { percentile } from "@/lib/bench/load";
import { startPgCluster, type PgCluster } from "@/lib/bench/pg-cluster";
import { createPrismaClient } from "@/lib/db/client";
import { deployMigrations } from "@/lib/db/migrate";
import { runSeed } from "@/lib/seed/run-seed";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { seedScale } from "@/lib/seed/scale";
import { rebuildRollupAndReports } from "@/lib/seed/scale-reports";
import { compileAvailability, compileFigures } from "@/lib/reports/compile";
import { dailyStatsSql } from "@/lib/reports/daily-stats";
import { loadDashboardData } from "@/lib/reports/dashboard-data";
import { DEFAULT_CALENDAR } from "@/lib/reports/calendar";
import { monthBack } from "@/lib/reports/periods";
import { positiveArg } from "@/lib/dev/cli-args";

const TARGETS = { dashboardP95Ms: 300, compileAllUnitsMs: 5_000, accessLogRows: 5_000_000 };
/** The dashboard's p95 at most this many times its raw aggregate's, measured in the same run. */
const MAX_RATIO_TO_RAW_SQL = 3;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const months = Math.round(positiveArg("months", 12));
const scale = positiveArg("scale", 1);
const runs = Math.round(positiveArg("runs", 30));
/** --verify: re-walk the whole hash chain after the load (what npm run audit:verify does). */
const verify = process.argv.includes("--verify");

let cluster: PgCluster | undefined;
let stops: Pick<PgCluster, "stop" | "stopSync"> | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    log(`${signal}: stopping the database…`);
    void (stops?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
  });
}
process.on("exit", () => stops?.stopSync());

const round = (x: number) => Math.round(x * 10) / 10;
async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await work();
  return [performance.now() - t, out];
}

try {
  cluster = await startPgCluster({ log, onCreate: (h) => (stops = h) });
  const url = cluster.url;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;");
  log(`migrations: ${(await deployMigrations(url)).length} applied`);
  const prisma = createPrismaClient(url, { max: 8 });
  await runSeed(prisma, { demo: false });
  const now = new Date();
  const [loadMs, loaded] = await timed(() => seedScale(client, { months, now, scale, log }));
  log(`scale data: ${JSON.stringify(loaded)} in ${Math.round(loadMs / 1000)} s`);
  await client.query("ANALYZE");
  const [rollupMs, { reports }] = await timed(() => rebuildRollupAndReports(prisma, months, now));
  log(`rollup rebuilt and ${reports} reports written in ${Math.round(rollupMs / 1000)} s`);
  await client.query("ANALYZE");

  const accessLogRows = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "access_log"`)).rows[0]!.n);
  const copyRequests = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "civil_requests" WHERE "kind" = 'COPY'`)).rows[0]!.n);
  const units = (await prisma.unit.findMany({ where: { level: "COMMUNE", active: true }, select: { id: true } })).map((u) => u.id);
  const allUnits = (await prisma.unit.findMany({ select: { id: true } })).map((u) => u.id);
  const month = monthBack(now, 1, DEFAULT_CALENDAR);
  const range = { from: month.from, to: month.to };

  // The "before": the same figures straight from the source tables (what the rollup replaces).
  const live: number[] = [];
  for (let i = 0; i < 3; i++) {
    live.push((await timed(() => prisma.$queryRaw`SELECT "unitId", sum("copiesIssued") FROM (${dailyStatsSql(range.from, range.to)}) s GROUP BY 1`))[0]);
  }
  const compile: number[] = [];
  for (let i = 0; i < 7; i++) compile.push((await timed(() => Promise.all([compileFigures(prisma, units, range, now), compileAvailability(prisma, range)])))[0]);
  const dash: number[] = [];
  for (let i = 0; i < 3; i++) await loadDashboardData(prisma, allUnits, { group: "unit" }, now);
  // Its floor, interleaved run by run so that both see the same machine: the same aggregate over
  // the rollup as raw SQL through pg (the units the dashboard's trend covers: communes and office).
  const trendUnits = (await prisma.unit.findMany({ where: { level: { in: ["COMMUNE", "DEPARTMENT"] }, active: true }, select: { id: true } })).map((u) => u.id);
  const trendSql = await dashboardTrendSql(prisma, trendUnits, now);
  const raw: number[] = [];
  await timeRawSql(client, trendSql, 0, 3);
  for (let i = 0; i < runs; i++) {
    dash.push((await timed(() => loadDashboardData(prisma, allUnits, { group: "unit" }, now)))[0]);
    raw.push(...(await timeRawSql(client, trendSql, 1, 0)));
  }
  const dashboardP95Ms = round(percentile(dash, 95));
  const rawSqlP95Ms = round(percentile(raw, 95));
  const ratioToRawSql = ratio(dashboardP95Ms, rawSqlP95Ms, 2);
  log(`dashboard p95 ${dashboardP95Ms} ms, its raw aggregate p95 ${rawSqlP95Ms} ms: ratio ${ratioToRawSql}`);
  let chain: string | undefined;
  if (verify) {
    const [ms, report] = await timed(() => verifyAccessLogChain(prisma, { batchSize: 20_000 }));
    chain = report.ok ? `intact (${report.rows} rows, ${Math.round(ms / 1000)} s)` : `BROKEN: ${report.problem}`;
    log(`access-log chain: ${chain}`);
  }
  await prisma.$disconnect();
  await client.end();
  const result = {
    accessLogRows, copyRequests, units: units.length, months, scale,
    loadSeconds: Math.round(loadMs / 1000), rollupSeconds: Math.round(rollupMs / 1000),
    compileAllUnitsMs: round(percentile(compile, 50)), compileAllUnitsMaxMs: round(Math.max(...compile)),
    compileLiveMs: round(percentile(live, 50)),
    dashboardP50Ms: round(percentile(dash, 50)), dashboardP95Ms, rawSqlP50Ms: round(percentile(raw, 50)), rawSqlP95Ms, ratioToRawSql, runs,
    targets: { ratioToRawSql: atMost(ratioToRawSql, MAX_RATIO_TO_RAW_SQL), dashboardP95Ms: atMost(dashboardP95Ms, TARGETS.dashboardP95Ms), compileAllUnitsMs: atMost(round(percentile(compile, 50)), TARGETS.compileAllUnitsMs), accessLogRows: { min: TARGETS.accessLogRows, actual: accessLogRows, pass: accessLogRows >= TARGETS.accessLogRows } },
    ...(chain ? { chain } : {}),
    ok: accessLogRows >= TARGETS.accessLogRows && percentile(dash, 95) <= TARGETS.dashboardP95Ms && percentile(compile, 50) <= TARGETS.compileAllUnitsMs,
  };
  await stops?.stop();
  console.log(JSON.stringify(result));
} catch (error) {
  log(`failed: ${(error as Error).stack ?? error}`);
  if (cluster) log(cluster.logTail(20));
  await stops?.stop();
  process.exitCode = 1;
}
