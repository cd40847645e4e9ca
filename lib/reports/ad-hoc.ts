import "server-only";
import { assertCan, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { dayStart } from "@/lib/reports/daily-stats";
import { reportMessages as m } from "@/lib/reports/messages";
import type { TAdHocRequest } from "@/lib/reports/schemas";

/**
 * Sở Tư pháp asks for an ad hoc report (title, period, deadline) from every commune of its
 * jurisdiction (no codes) or from the communes listed; due before the given day (local midnight).
 */
export async function createAdHocRequest(actor: Actor, input: TAdHocRequest, deps?: Deps): Promise<{ id: string }> {
  const { db } = resolveDeps(deps);
  assertCan(actor, "report.review", actor.jurisdictionRoot?.id);
  const codes = [...new Set(input.unitCodes)];
  const units = codes.length
    ? await db.unit.findMany({ where: { code: { in: codes }, level: "COMMUNE", id: { in: [...actor.unitIds] } }, select: { id: true, code: true } })
    : [];
  const missing = codes.filter((c) => !units.some((u) => u.code === c));
  if (missing.length) throw new AppError("INVALID_INPUT", { message: "unknown units", fieldErrors: { unitCodes: m.unitsUnknown(missing.join(", ")) } });
  return db.adHocReportRequest.create({
    data: {
      title: input.title, periodFrom: new Date(input.from), periodTo: new Date(input.to), dueAt: dayStart(input.due),
      unitIds: units.map((u) => u.id), note: input.note || null, createdById: actor.userId,
    },
    select: { id: true },
  });
}

export async function listAdHocRequests(actor: Actor, deps?: Deps) {
  const { db } = resolveDeps(deps);
  assertCan(actor, "report.review", actor.jurisdictionRoot?.id);
  return db.adHocReportRequest.findMany({ orderBy: { createdAt: "desc" }, take: 50 });
}
