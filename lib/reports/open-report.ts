import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { localDay } from "@/lib/reports/daily-stats";
import { resolvePeriod } from "@/lib/reports/report-period";
import { reportMessages as m } from "@/lib/reports/messages";
import type { TOpenReport } from "@/lib/reports/schemas";

/**
 * The unit's report for a period, created as a draft the first time the officer opens it. The
 * unique (unit, kind, period) key makes two officers opening it at once share one report.
 */
export async function openReport(actor: Actor, input: TOpenReport, deps?: Deps): Promise<{ id: string }> {
  const { db, now } = resolveDeps(deps);
  assertCan(actor, "report.prepare", input.unitId);
  const unit = await db.unit.findFirst({ where: { id: input.unitId, level: "COMMUNE", active: true }, select: { id: true } });
  if (!unit) throw new AppError("NOT_FOUND", { message: `unit ${input.unitId} is not a commune` });
  const period = await resolvePeriod(db, unit.id, input);
  if (period.to >= localDay(now)) throw new AppError("INVALID_INPUT", { message: "period not ended", userMessage: m.periodNotEnded });
  const report = await db.report.upsert({
    where: { unitId_kind_period: { unitId: unit.id, kind: input.kind, period: input.period } },
    create: {
      unitId: unit.id, kind: input.kind, period: input.period, periodFrom: new Date(period.from), periodTo: new Date(period.to),
      dueAt: period.dueAt, adHocRequestId: period.adHocRequestId, createdById: actor.userId,
    },
    update: {},
    select: { id: true },
  });
  return report;
}
