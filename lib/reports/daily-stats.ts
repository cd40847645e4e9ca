import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";
import { DAILY_KEYS, type DailyKey } from "@/lib/reports/indicators";

// Vietnam keeps UTC+7 all year; timestamps are stored in UTC, so the local day is `at + 7 hours`.
const LOCAL_DAY = (col: string) => Prisma.raw(`("${col}" + interval '7 hours')::date`);

/** The UTC instant at which local day `day` (yyyy-MM-dd) starts. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`);
}

/** yyyy-MM-dd plus n days. */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** One branch of the union: its own columns, zeros for the others. */
function branch(cols: Partial<Record<DailyKey, string>>, from: string, where: string, unitCol: string, dayCol: string, range: [Date, Date], group = true): Prisma.Sql {
  const select = DAILY_KEYS.map((k) => `${cols[k] ?? "0"}::bigint AS "${k}"`).join(", ");
  return Prisma.sql`SELECT ${Prisma.raw(unitCol)} AS "unitId", ${LOCAL_DAY(dayCol)} AS "day", ${Prisma.raw(select)}
    FROM ${Prisma.raw(from)} WHERE "${Prisma.raw(dayCol)}" >= ${range[0]} AND "${Prisma.raw(dayCol)}" < ${range[1]}${Prisma.raw(where ? ` AND ${where}` : "")}
    ${group ? Prisma.raw("GROUP BY 1, 2") : Prisma.empty}`;
}

const c = (cond: string) => `count(*) FILTER (WHERE ${cond})`;

/**
 * Set-based daily counts per unit over local days [fromDay, toDay], one row per (unit, day) with
 * activity: one scan per source table (range on an indexed timestamp), grouped by unit and day.
 * Events count on the day they happened: received on receivedAt, issued on issuedAt (on time when
 * issuedAt ≤ dueAt), refused on refusedAt, so a closed day's counts never change afterwards.
 */
export function dailyStatsSql(fromDay: string, toDay: string): Prisma.Sql {
  const range: [Date, Date] = [dayStart(fromDay), dayStart(addDays(toDay, 1))];
  const lookups = branch({
    lookupsPortalFound: c(`"source" = 'PORTAL' AND "outcome" = 'FOUND'`),
    lookupsPortalNotFound: c(`"source" = 'PORTAL' AND "outcome" = 'NOT_FOUND'`),
    lookupsPortalRefused: c(`"source" = 'PORTAL' AND "outcome" = 'REFUSED'`),
    lookupsPortalFailed: c(`"source" = 'PORTAL' AND "outcome" = 'UPSTREAM_FAILURE'`),
    lookupsApiFound: c(`"source" = 'API' AND "outcome" = 'FOUND'`),
    lookupsApiNotFound: c(`"source" = 'API' AND "outcome" = 'NOT_FOUND'`),
    lookupsApiRefused: c(`"source" = 'API' AND "outcome" = 'REFUSED'`),
    lookupsApiFailed: c(`"source" = 'API' AND "outcome" = 'UPSTREAM_FAILURE'`),
  }, `"lookups"`, "", `"unitId"`, "createdAt", range);
  const access = branch({
    accessCivilRegistry: c(`"system" = 'CIVIL_REGISTRY'`),
    accessPopulation: c(`"system" = 'POPULATION'`),
  }, `"access_log"`, `"unitId" IS NOT NULL`, `"unitId"`, "at", range);
  // Papers cut: the distinct papers a dossier's successful lookups replaced (as /dossiers shows them).
  const dossiers = branch({ dossiers: "count(*)", papersCut: `coalesce(sum("p"."n"), 0)` },
    `"dossiers" LEFT JOIN LATERAL (SELECT count(DISTINCT "paper") AS "n" FROM "lookups" "l", unnest("l"."replacesPapers") AS "paper"
       WHERE "l"."dossierId" = "dossiers"."id" AND "l"."outcome" = 'FOUND') "p" ON true`, "", `"dossiers"."unitId"`, "createdAt", range);
  const received = branch({
    copiesReceived: c(`"kind" = 'COPY'`),
    copiesReceivedElsewhere: c(`"kind" = 'COPY' AND "registeredElsewhere"`),
    confirmationsReceived: c(`"kind" = 'CONFIRMATION'`),
  }, `"civil_requests"`, "", `"unitId"`, "receivedAt", range);
  const issued = branch({
    copiesIssued: c(`"kind" = 'COPY'`),
    copiesIssuedOnTime: c(`"kind" = 'COPY' AND "issuedAt" <= "dueAt"`),
    copiesIssuedElsewhere: c(`"kind" = 'COPY' AND "registeredElsewhere"`),
    confirmationsIssued: c(`"kind" = 'CONFIRMATION'`),
    confirmationsIssuedOnTime: c(`"kind" = 'CONFIRMATION' AND "issuedAt" <= "dueAt"`),
    feesCollected: `sum("feeTotal")`,
  }, `"civil_requests"`, "", `"unitId"`, "issuedAt", range);
  const refused = branch({ copiesRefused: c(`"kind" = 'COPY'`) }, `"civil_requests"`, "", `"unitId"`, "refusedAt", range);
  const sums = DAILY_KEYS.map((k) => `sum("${k}")::bigint AS "${k}"`).join(", ");
  return Prisma.sql`SELECT "unitId", "day", ${Prisma.raw(sums)} FROM (
    ${lookups} UNION ALL ${access} UNION ALL ${dossiers} UNION ALL ${received} UNION ALL ${issued} UNION ALL ${refused}
  ) "b" GROUP BY 1, 2`;
}

/** Probe counts per local day and national system over [fromDay, toDay]. */
export function probeStatsSql(fromDay: string, toDay: string): Prisma.Sql {
  return Prisma.sql`SELECT ${LOCAL_DAY("at")} AS "day", "system", count(*)::int AS "probes", (count(*) FILTER (WHERE "ok"))::int AS "okProbes"
    FROM "system_probes" WHERE "at" >= ${dayStart(fromDay)} AND "at" < ${dayStart(addDays(toDay, 1))} GROUP BY 1, 2`;
}

/** Probe counts over [fromDay, toDay]: rolled days from report_daily_probes, the rest live. */
export function probeSource(fromDay: string, toDay: string, rolledThrough: string): Prisma.Sql {
  const liveFrom = fromDay > rolledThrough ? fromDay : addDays(rolledThrough, 1);
  const rolled = Prisma.sql`SELECT "day", "system", "probes", "okProbes" FROM "report_daily_probes" WHERE "day" >= ${fromDay}::date AND "day" <= ${toDay < rolledThrough ? toDay : rolledThrough}::date`;
  return liveFrom <= toDay ? Prisma.sql`${rolled} UNION ALL ${probeStatsSql(liveFrom, toDay)}` : rolled;
}

/** Today in Vietnam, yyyy-MM-dd. */
export function localDay(at: Date): string {
  return new Date(at.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

const EPOCH = "2000-01-01";
const CLOSE_AFTER_MS = 10 * 60_000;

/** The last day rolled up into report_daily_stats (the day before the first day, when none is). */
export async function readRolledThrough(db: Db): Promise<string> {
  const current = await db.reportRollupState.findUnique({ where: { id: 1 } });
  return current ? current.rolledThrough.toISOString().slice(0, 10) : addDays(EPOCH, -1);
}

/**
 * Rolls every closed day (before today in Vietnam) not yet rolled up into report_daily_stats, for
 * every unit, in one set-based INSERT … SELECT, under the state row's lock so that two instances
 * never roll the same days twice. Returns the last day rolled up. Run by the background job
 * (lib/reports/rollup-job.ts), never inside a user's request: readers take what is rolled up
 * (readRolledThrough) and compute the rest live, so figures are the same before and after.
 */
export async function rollUpClosedDays(db: Db, now: Date): Promise<string> {
  // A day is closed a few minutes after midnight, so a write stamped 23:59:59 that commits just
  // after midnight is never left out of its day's rollup.
  const yesterday = addDays(localDay(new Date(now.getTime() - CLOSE_AFTER_MS)), -1);
  const through = await readRolledThrough(db);
  if (through >= yesterday) return through;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "report_rollup_state" ("id", "rolledThrough") VALUES (1, ${addDays(EPOCH, -1)}::date) ON CONFLICT ("id") DO NOTHING`;
    const [locked] = await tx.$queryRaw<{ rolledThrough: Date }[]>`SELECT "rolledThrough" FROM "report_rollup_state" WHERE "id" = 1 FOR UPDATE`;
    const from = addDays(locked!.rolledThrough.toISOString().slice(0, 10), 1);
    if (from > yesterday) return addDays(from, -1);
    // The first rollup of a large history outlasts the pool's DATABASE_STATEMENT_TIMEOUT_MS.
    await tx.$executeRaw`SET LOCAL statement_timeout = 0`;
    const cols = DAILY_KEYS.map((k) => `"${k}"`).join(", ");
    const updates = DAILY_KEYS.map((k) => `"${k}" = EXCLUDED."${k}"`).join(", ");
    await tx.$executeRaw`INSERT INTO "report_daily_stats" ("unitId", "day", ${Prisma.raw(cols)})
      SELECT * FROM (${dailyStatsSql(from, yesterday)}) "s"
      ON CONFLICT ("unitId", "day") DO UPDATE SET ${Prisma.raw(updates)}`;
    await tx.$executeRaw`INSERT INTO "report_daily_probes" ("day", "system", "probes", "okProbes")
      SELECT * FROM (${probeStatsSql(from, yesterday)}) "p"
      ON CONFLICT ("day", "system") DO UPDATE SET "probes" = EXCLUDED."probes", "okProbes" = EXCLUDED."okProbes"`;
    await tx.$executeRaw`UPDATE "report_rollup_state" SET "rolledThrough" = ${yesterday}::date WHERE "id" = 1`;
    return yesterday;
  }, { timeout: 600_000, maxWait: 60_000 });
}

/**
 * Daily stats over [fromDay, toDay] as one SQL source with the columns of dailyStatsSql: the rolled
 * days from report_daily_stats, the rest (today, or days not yet rolled) computed live.
 */
export function statsSource(fromDay: string, toDay: string, rolledThrough: string): Prisma.Sql {
  const cols = DAILY_KEYS.map((k) => `"${k}"::bigint AS "${k}"`).join(", ");
  const rolledTo = toDay < rolledThrough ? toDay : rolledThrough;
  const parts: Prisma.Sql[] = [];
  if (fromDay <= rolledTo) {
    parts.push(Prisma.sql`SELECT "unitId", "day", ${Prisma.raw(cols)} FROM "report_daily_stats" WHERE "day" >= ${fromDay}::date AND "day" <= ${rolledTo}::date`);
  }
  const liveFrom = fromDay > rolledThrough ? fromDay : addDays(rolledThrough, 1);
  if (liveFrom <= toDay) parts.push(dailyStatsSql(liveFrom, toDay));
  if (parts.length === 0) return Prisma.sql`SELECT NULL::text AS "unitId", NULL::date AS "day", ${Prisma.raw(cols.replace(/"(\w+)"::bigint/g, "0::bigint"))} WHERE false`;
  return Prisma.join(parts, " UNION ALL ");
}
