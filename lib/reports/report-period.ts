import "server-only";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getSetting } from "@/lib/settings/settings";
import { periodFromKey } from "@/lib/reports/periods";
import { reportMessages as m } from "@/lib/reports/messages";
import type { TOpenReport } from "@/lib/reports/schemas";

export type ResolvedPeriod = { label: string; from: string; to: string; dueAt: Date; adHocRequestId: string | null };

/**
 * The period a (kind, key) names for a unit: from the configured calendar, or from Sở Tư pháp's
 * ad hoc request (which must be addressed to every unit or to this one; otherwise NOT_FOUND).
 */
export async function resolvePeriod(db: Db | Tx, unitId: string, input: Pick<TOpenReport, "kind" | "period">): Promise<ResolvedPeriod> {
  if (input.kind === "AD_HOC") {
    const req = await db.adHocReportRequest.findUnique({ where: { id: input.period } });
    if (!req || (req.unitIds.length > 0 && !req.unitIds.includes(unitId))) throw new AppError("NOT_FOUND", { message: `ad hoc ${input.period} not for ${unitId}` });
    const iso = (d: Date) => d.toISOString().slice(0, 10);
    return { label: req.title, from: iso(req.periodFrom), to: iso(req.periodTo), dueAt: req.dueAt, adHocRequestId: req.id };
  }
  const cal = await getSetting(db as Db, "reportingCalendar");
  const p = periodFromKey(input.kind, input.period, cal);
  if (!p) throw new AppError("INVALID_INPUT", { message: `bad period ${input.kind} ${input.period}`, userMessage: m.badPeriod });
  return { label: p.label, from: p.from, to: p.to, dueAt: p.dueBefore, adHocRequestId: null };
}
