import "server-only";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db/client";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { compileUnitReport } from "@/lib/reports/compile";
import { reportMessages as m } from "@/lib/reports/messages";
import type { TReportRef, TReviewReport, TSaveReport } from "@/lib/reports/schemas";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Loads the report in the actor's jurisdiction for `action`, checks version and starting status. */
async function load(tx: Tx, actor: Actor, action: Action, ref: TReportRef, from: readonly ReportStatus[]) {
  const report = await tx.report.findFirst({ where: { id: ref.id, ...scopeWhere(actor, action) } });
  if (!report) throw new AppError("NOT_FOUND", { message: `${action}: report ${ref.id} not in scope` });
  if (report.version !== ref.version) throw new AppError("CONFLICT", { message: `stale report version ${ref.version} (now ${report.version})` });
  if (!from.includes(report.status)) throw new AppError("CONFLICT", { message: `${action} from ${report.status}`, userMessage: m.wrongStatus(m.statuses[report.status]) });
  return report;
}

/** The UPDATE's own WHERE is the optimistic lock: of two people acting at once one gets CONFLICT. */
async function apply(tx: Tx, ref: TReportRef, from: readonly ReportStatus[], data: Prisma.ReportUpdateManyMutationInput) {
  const { count } = await tx.report.updateMany({ where: { id: ref.id, version: ref.version, status: { in: [...from] } }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw new AppError("CONFLICT", { message: `report ${ref.id} changed concurrently` });
}

const EDITABLE = ["DRAFT", "RETURNED"] as const;

/** The officer types difficulties and proposals; `prepared` hands the report to the signer. */
export async function saveReport(actor: Actor, input: TSaveReport, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  await db.$transaction(async (tx) => {
    await load(tx, actor, "report.prepare", input, EDITABLE);
    await apply(tx, input, EDITABLE, {
      difficulties: input.difficulties, proposals: input.proposals,
      preparedAt: input.prepared ? now : null, preparedById: input.prepared ? actor.userId : null,
    });
  });
}

/**
 * The signer submits: the figures are compiled now and frozen with the texts in a new version
 * (1, then 2… after each return); later activity never changes a submitted version, and a database
 * trigger refuses any change to it. The first submission decides whether the report was on time.
 */
export async function submitReport(actor: Actor, input: TReportRef, deps?: Deps): Promise<{ number: number }> {
  const { db, now } = resolveDeps(deps);
  // Compiled before the transaction (the compile may roll closed days up in its own transaction);
  // the version check inside makes sure the figures belong to the report state the signer saw.
  const target = await db.report.findFirst({ where: { id: input.id, ...scopeWhere(actor, "report.submit") } });
  if (!target) throw new AppError("NOT_FOUND", { message: `report.submit: report ${input.id} not in scope` });
  const data = await compileUnitReport(db, target.unitId, { from: iso(target.periodFrom), to: iso(target.periodTo) }, now);
  return db.$transaction(async (tx) => {
    const report = await load(tx, actor, "report.submit", input, EDITABLE);
    if (!report.preparedAt) throw new AppError("CONFLICT", { message: "not prepared", userMessage: m.notPrepared });
    const number = report.currentVersion + 1;
    await tx.reportVersion.create({
      data: {
        reportId: report.id, number, figures: data as unknown as Prisma.InputJsonValue, compiledAt: now,
        difficulties: report.difficulties, proposals: report.proposals,
        submittedAt: now, submittedById: actor.userId, submittedBy: actor.fullName, submittedByTitle: actor.title,
      },
    });
    await apply(tx, input, EDITABLE, { status: "SUBMITTED", currentVersion: number, submittedAt: now, firstSubmittedAt: report.firstSubmittedAt ?? now });
    return { number };
  });
}

/** Sở Tư pháp accepts the submitted version, or returns it with a comment for a corrected version. */
export async function reviewReport(actor: Actor, input: TReviewReport, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  await db.$transaction(async (tx) => {
    const report = await load(tx, actor, "report.review", input, ["SUBMITTED"]);
    const outcome = input.decision === "ACCEPT" ? "ACCEPTED" : "RETURNED";
    await tx.reportVersion.update({
      where: { reportId_number: { reportId: report.id, number: report.currentVersion } },
      data: { outcome, reviewedAt: now, reviewedById: actor.userId, reviewedBy: actor.fullName, reviewComment: input.comment || null },
    });
    await apply(tx, input, ["SUBMITTED"], { status: outcome, ...(outcome === "RETURNED" ? { preparedAt: null, preparedById: null } : {}) });
  });
}
