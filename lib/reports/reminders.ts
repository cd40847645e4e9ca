import "server-only";
import { roleCan } from "@/lib/auth/permissions";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { getSetting } from "@/lib/settings/settings";
import { upcomingDeadlines } from "@/lib/reports/calendar";
import { listUnitCalendar } from "@/lib/reports/list-reports";

export type Reminder = { key: string; kind: string; label: string; dueAt: Date; reportId: string | null; status: ReportStatus | null; overdue: boolean };

/**
 * What the home page reminds a unit of: the next deadline of each kind (configured calendar) and
 * every report of the unit that is overdue or was returned; for Sở Tư pháp, how many wait for review.
 */
export async function getReportingReminders(actor: Actor, deps?: Deps): Promise<{ upcoming: Reminder[]; attention: Reminder[]; waitingReview: number | null }> {
  const { db, now } = resolveDeps(deps);
  const cal = await getSetting(db, "reportingCalendar");
  const upcoming: Reminder[] = upcomingDeadlines(now, cal).map((p) => ({ key: `${p.kind}:${p.from}`, kind: p.kind, label: p.label, dueAt: p.dueBefore, reportId: null, status: null, overdue: false }));
  if (!roleCan(actor.role, "report.read")) return { upcoming, attention: [], waitingReview: null };
  if (actor.role === "PROVINCIAL_OFFICER") {
    return { upcoming, attention: [], waitingReview: await db.report.count({ where: { status: "SUBMITTED", ...scopeWhere(actor, "report.review") } }) };
  }
  const entries = actor.unit ? await listUnitCalendar(actor, actor.unit.id, deps) : [];
  const byPeriod = new Map(entries.map((e) => [`${e.kind}:${e.from}`, e]));
  for (const u of upcoming) {
    const e = byPeriod.get(u.key);
    if (e?.report) Object.assign(u, { reportId: e.report.id, status: e.report.status });
  }
  const attention = entries
    .filter((e) => e.overdue || e.report?.status === "RETURNED" || e.kind === "AD_HOC" && !e.report?.firstSubmittedAt)
    .map((e) => ({ key: `${e.kind}:${e.period}`, kind: e.kind, label: e.label, dueAt: e.dueAt, reportId: e.report?.id ?? null, status: e.report?.status ?? null, overdue: e.overdue }));
  return { upcoming, attention, waitingReview: null };
}
