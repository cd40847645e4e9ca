import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { getSetting } from "@/lib/settings/settings";
import { compileFigures } from "@/lib/reports/compile";
import { monthBack, periodKey } from "@/lib/reports/periods";
import { assertRowId } from "@/lib/validation/ids";
import { TREND_MONTHS } from "@/lib/reports/dashboard-view";

/**
 * One commune on the dashboard: its indicators month by month over the last 12 months (the same
 * compile as its reports) and its reports, for Sở Tư pháp. Out of jurisdiction = NOT_FOUND.
 */
export async function getUnitDrillDown(actor: Actor, unitId: string, deps?: Deps) {
  assertRowId(unitId);
  const { db, now } = resolveDeps(deps);
  assertCan(actor, "dashboard.view", unitId);
  const unit = await db.unit.findFirst({ where: { id: unitId, level: "COMMUNE", AND: [{ id: { in: [...actor.unitIds] } }] }, select: { id: true, code: true, name: true } });
  if (!unit) throw new AppError("NOT_FOUND", { message: `unit ${unitId} not in scope` });
  const cal = await getSetting(db, "reportingCalendar");
  const months = Array.from({ length: TREND_MONTHS }, (_, i) => monthBack(now, TREND_MONTHS - 1 - i, cal));
  const [figures, reports] = await Promise.all([
    Promise.all(months.map((p) => compileFigures(db, [unit.id], { from: p.from, to: p.to }, now).then((f) => f.get(unit.id)!))),
    db.report.findMany({ where: { unitId: unit.id }, orderBy: { dueAt: "desc" }, take: 30, select: { id: true, kind: true, period: true, status: true, firstSubmittedAt: true, dueAt: true, currentVersion: true } }),
  ]);
  return { unit, months: months.map((p, i) => ({ key: periodKey(p), label: p.label, from: p.from, to: p.to, figures: figures[i]! })), reports };
}
