import "server-only";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { compileUnitReport } from "@/lib/reports/compile";
import type { ReportFigures } from "@/lib/reports/indicators";
import { resolvePeriod } from "@/lib/reports/report-period";
import { reportTimeline } from "@/lib/reports/timeline";
import { assertRowId } from "@/lib/validation/ids";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A report with its versions, inside the actor's jurisdiction (NOT_FOUND otherwise). What it shows:
 * the figures frozen in the current version once submitted, or — while it is a draft or returned —
 * the figures compiled now from the portal's records (`live`).
 */
export async function getReport(actor: Actor, id: string, deps?: Deps) {
  assertRowId(id);
  const { db, now } = resolveDeps(deps);
  const report = await db.report.findFirst({
    where: { id, ...scopeWhere(actor, "report.read") },
    include: { versions: { orderBy: { number: "desc" } } },
  });
  if (!report) throw new AppError("NOT_FOUND", { message: `report ${id} not in scope` });
  const unit = await db.unit.findUniqueOrThrow({ where: { id: report.unitId }, select: { id: true, code: true, name: true } });
  const period = await resolvePeriod(db, report.unitId, report);
  const current = report.versions.find((v) => v.number === report.currentVersion) ?? null;
  const editable = report.status === "DRAFT" || report.status === "RETURNED";
  const shown: { data: ReportFigures; compiledAt: Date; live: boolean } = editable
    ? { data: await compileUnitReport(db, report.unitId, { from: iso(report.periodFrom), to: iso(report.periodTo) }, now), compiledAt: now, live: true }
    : { data: current!.figures as unknown as ReportFigures, compiledAt: current!.compiledAt, live: false };
  const overdue = !report.firstSubmittedAt && report.dueAt.getTime() <= now.getTime();
  const userIds = [report.createdById, report.preparedById].filter((x): x is string => !!x);
  const names = new Map(userIds.length ? (await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]) : []);
  const timeline = reportTimeline({
    createdAt: report.createdAt, createdBy: report.createdById ? (names.get(report.createdById) ?? null) : null,
    preparedAt: report.preparedAt, preparedBy: report.preparedById ? (names.get(report.preparedById) ?? null) : null,
    versions: report.versions,
  });
  return { report, unit, period, current, shown, editable, overdue, timeline };
}

export type ReportView = Awaited<ReturnType<typeof getReport>>;

/** One version's frozen content (for the history), inside the actor's jurisdiction. */
export async function getReportVersion(actor: Actor, id: string, number: number, deps?: Deps) {
  assertRowId(id);
  if (!Number.isSafeInteger(number) || number < 1) throw new AppError("NOT_FOUND", { message: `report version ${number}` });
  const { db } = resolveDeps(deps);
  const version = await db.reportVersion.findFirst({ where: { reportId: id, number, report: scopeWhere(actor, "report.read") } });
  if (!version) throw new AppError("NOT_FOUND", { message: `report ${id} v${number} not in scope` });
  return { ...version, data: version.figures as unknown as ReportFigures };
}
