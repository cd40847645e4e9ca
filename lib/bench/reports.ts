// The reporting steps an officer waits for: opening (creating on first use) a monthly report, and
// issuing an agency request's answer letter ("Lập văn bản trả lời"). Measured in-process on a
// private PostgreSQL holding the scale data: the server work of the action and of the page it
// redirects to (openReport + getReport; answerRequest + getAgencyRequest), which is what the
// browser waits for besides the framework's own rendering. The same-run floor is the database's
// round trip (SELECT 1) and the raw SQL of the report's heaviest query through pg.
import pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { openReport } from "@/lib/reports/open-report";
import { getReport } from "@/lib/reports/get-report";
import { answerRequest } from "@/lib/agency-requests/answer-request";
import { getAgencyRequest } from "@/lib/agency-requests/get-agency-request";
import { DEFAULT_CALENDAR } from "@/lib/reports/calendar";
import { monthBack, periodKey } from "@/lib/reports/periods";

export const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};
const round = (x: number) => Math.round(x * 10) / 10;
async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await work();
  return [performance.now() - t, out];
}

function officer(user: { id: string; username: string; fullName: string }, unit: { id: string; code: string; name: string }): Actor {
  return { userId: user.id, username: user.username, fullName: user.fullName, title: "Công chức tư pháp - hộ tịch", role: "COMMUNE_OFFICER", unit, agency: null, unitIds: [unit.id], jurisdictionRoot: unit };
}

export type ReportsBenchResult = {
  runs: number;
  createReportP50Ms: number; createReportP95Ms: number;
  openReportP50Ms: number; openReportP95Ms: number;
  agencyAnswerP50Ms: number; agencyAnswerP95Ms: number;
  floorRoundTripP95Ms: number; floorCompileSqlP95Ms: number;
  ratioOpenToCompileSql: number; ratioAnswerToRoundTrip: number;
  targetP95Ms: number; ok: boolean;
};

/** Measures on a database already holding the scale data (and its rollup, as seed:scale leaves it). */
export async function benchReports(db: Db, client: pg.ClientBase, opts: { runs: number; now: Date; log: (l: string) => void }): Promise<ReportsBenchResult> {
  const { runs, now, log } = opts;
  const units = await db.unit.findMany({ where: { level: "COMMUNE", active: true }, select: { id: true, code: true, name: true }, orderBy: { code: "asc" } });
  const users = new Map((await db.user.findMany({ where: { role: "COMMUNE_OFFICER", unitId: { in: units.map((u) => u.id) } }, select: { id: true, username: true, fullName: true, unitId: true } })).map((u) => [u.unitId!, u]));
  const fallbackUser = (await db.user.findFirst({ select: { id: true, username: true, fullName: true } }))!;

  // (unit, month) pairs without a monthly report: opening them creates it.
  const free: { unit: (typeof units)[number]; period: string }[] = [];
  for (let back = 1; back <= 12 && free.length < runs; back++) {
    const key = periodKey(monthBack(now, back, DEFAULT_CALENDAR));
    const taken = new Set((await db.report.findMany({ where: { kind: "MONTHLY", period: key }, select: { unitId: true } })).map((r) => r.unitId));
    for (const u of units) if (!taken.has(u.id) && free.length < runs) free.push({ unit: u, period: key });
  }
  log(`reports: ${free.length} (unit, month) pairs to create`);
  const create: number[] = [];
  const open: number[] = [];
  const opened: { actor: Actor; unitId: string; period: string }[] = [];
  for (const f of free) {
    const actor = officer(users.get(f.unit.id) ?? fallbackUser, f.unit);
    const [ms] = await timed(async () => {
      const { id } = await openReport(actor, { unitId: f.unit.id, kind: "MONTHLY", period: f.period }, { db, now: new Date() });
      await getReport(actor, id, { db });
    });
    create.push(ms);
    opened.push({ actor, unitId: f.unit.id, period: f.period });
  }
  for (const o of opened) {
    open.push((await timed(async () => {
      const { id } = await openReport(o.actor, { unitId: o.unitId, kind: "MONTHLY", period: o.period }, { db, now: new Date() });
      await getReport(o.actor, id, { db });
    }))[0]);
  }

  // Agency answers: accepted requests of the scale data, each given people marked found / not found.
  const accepted = await db.agencyRequest.findMany({ where: { status: "ACCEPTED", handlingUnitId: { not: null } }, select: { id: true, version: true, handlingUnitId: true }, take: runs, orderBy: { receivedAt: "desc" } });
  const answer: number[] = [];
  for (const r of accepted) {
    const unit = units.find((u) => u.id === r.handlingUnitId)!;
    if (!unit) continue;
    await db.agencyRequestPerson.createMany({
      data: Array.from({ length: 5 }, (_, i) => ({
        requestId: r.id, position: i + 1, personalId: `0641980${String(10000 + i).slice(0, 5)}`, fullName: `Người thứ ${i + 1}`, dateOfBirth: "1998-03-12",
        outcome: i % 2 ? ("NOT_FOUND" as const) : ("FOUND" as const), records: [], checkedAt: now,
      })),
    });
    const actor = officer(users.get(unit.id) ?? fallbackUser, unit);
    answer.push((await timed(async () => {
      await answerRequest(actor, { id: r.id, version: r.version }, { db, now: new Date() });
      await getAgencyRequest(actor, r.id, { db });
    }))[0]);
  }
  log(`agency answers: ${answer.length}`);

  // Floors of the same run.
  const rt: number[] = [];
  for (let i = 0; i < 30; i++) rt.push((await timed(() => client.query("SELECT 1")))[0]);
  const p = monthBack(now, 1, DEFAULT_CALENDAR);
  const sql: number[] = [];
  for (let i = 0; i < 10; i++) {
    sql.push((await timed(() => client.query(`SELECT "unitId", sum("copiesIssued") FROM "report_daily_stats" WHERE "day" >= $1::date AND "day" <= $2::date AND "unitId" = $3 GROUP BY 1`, [p.from, p.to, units[0]!.id])))[0]);
  }
  const result = {
    runs,
    createReportP50Ms: round(percentile(create, 50)), createReportP95Ms: round(percentile(create, 95)),
    openReportP50Ms: round(percentile(open, 50)), openReportP95Ms: round(percentile(open, 95)),
    agencyAnswerP50Ms: round(percentile(answer, 50)), agencyAnswerP95Ms: round(percentile(answer, 95)),
    floorRoundTripP95Ms: round(percentile(rt, 95)), floorCompileSqlP95Ms: round(percentile(sql, 95)),
    ratioOpenToCompileSql: 0, ratioAnswerToRoundTrip: 0, targetP95Ms: 1_000, ok: false,
  };
  result.ratioOpenToCompileSql = round(result.openReportP95Ms / Math.max(result.floorCompileSqlP95Ms, 0.1));
  result.ratioAnswerToRoundTrip = round(result.agencyAnswerP95Ms / Math.max(result.floorRoundTripP95Ms, 0.1));
  result.ok = [result.createReportP95Ms, result.openReportP95Ms, result.agencyAnswerP95Ms].every((x) => x <= result.targetP95Ms);
  return result;
}
