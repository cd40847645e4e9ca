import "server-only";
import { roleCan } from "@/lib/auth/permissions";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { ReportKind, ReportStatus } from "@/lib/generated/prisma/enums";
import { getSetting } from "@/lib/settings/settings";
import { expectedPeriods, periodKey } from "@/lib/reports/periods";

export type CalendarEntry = {
  kind: ReportKind; period: string; label: string; from: string; to: string; dueAt: Date;
  report: { id: string; status: ReportStatus; currentVersion: number; firstSubmittedAt: Date | null } | null;
  overdue: boolean;
};

/** Ad hoc requests addressed to a unit (to every unit, or naming it), newest first. */
export async function adHocFor(db: Db, unitId: string) {
  return db.adHocReportRequest.findMany({ where: { OR: [{ unitIds: { isEmpty: true } }, { unitIds: { has: unitId } }] }, orderBy: { dueAt: "desc" }, take: 50 });
}

/**
 * A commune's reporting calendar: every expected period (monthly, 6-month, yearly, and ad hoc
 * requests addressed to it) with its due date and the unit's report, if any. Overdue = due has
 * passed with no submission.
 */
export async function listUnitCalendar(actor: Actor, unitId: string, deps?: Deps): Promise<CalendarEntry[]> {
  const { db, now } = resolveDeps(deps);
  if (!roleCan(actor.role, "report.read") || !actor.unitIds.includes(unitId)) return [];
  const cal = await getSetting(db, "reportingCalendar");
  const [reports, adHoc] = await Promise.all([
    db.report.findMany({ where: { AND: [{ unitId }, scopeWhere(actor, "report.read")] }, select: { id: true, kind: true, period: true, status: true, currentVersion: true, firstSubmittedAt: true } }),
    adHocFor(db, unitId),
  ]);
  const byKey = new Map(reports.map((r) => [`${r.kind}:${r.period}`, r]));
  const entries = [
    ...adHoc.map((a) => ({ kind: "AD_HOC" as const, period: a.id, label: a.title, from: a.periodFrom.toISOString().slice(0, 10), to: a.periodTo.toISOString().slice(0, 10), dueAt: a.dueAt })),
    ...expectedPeriods(now, cal).map((p) => ({ kind: p.kind, period: periodKey(p), label: p.label, from: p.from, to: p.to, dueAt: p.dueBefore })),
  ];
  return entries
    .map((e) => {
      const r = byKey.get(`${e.kind}:${e.period}`);
      const report = r ? { id: r.id, status: r.status, currentVersion: r.currentVersion, firstSubmittedAt: r.firstSubmittedAt } : null;
      return { ...e, report, overdue: !report?.firstSubmittedAt && e.dueAt.getTime() <= now.getTime() };
    })
    .sort((a, b) => b.dueAt.getTime() - a.dueAt.getTime());
}

/** Reports of the jurisdiction in a status (for Sở Tư pháp: those waiting for review first). */
export async function listReports(actor: Actor, filter: { status?: ReportStatus }, deps?: Deps) {
  const { db } = resolveDeps(deps);
  const rows = await db.report.findMany({
    where: { ...scopeWhere(actor, "report.read"), ...(filter.status ? { status: filter.status } : { status: { not: "DRAFT" } }) },
    orderBy: [{ submittedAt: "desc" }],
    take: 200,
    select: { id: true, unitId: true, kind: true, period: true, status: true, currentVersion: true, submittedAt: true, firstSubmittedAt: true, dueAt: true },
  });
  const units = await db.unit.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.unitId))] } }, select: { id: true, code: true, name: true } });
  const unitById = new Map(units.map((u) => [u.id, u]));
  return rows.map((r) => ({ ...r, unit: unitById.get(r.unitId)! }));
}
