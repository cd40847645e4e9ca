"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { runAction } from "@/lib/actions/form-action";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { createAdHocRequest } from "@/lib/reports/ad-hoc";
import { reportMessages as m } from "@/lib/reports/messages";
import { openReport } from "@/lib/reports/open-report";
import { ZAdHocRequest, ZOpenReport, ZReportRef, ZReviewReport, ZSaveReport } from "@/lib/reports/schemas";
import { reviewReport, saveReport, submitReport } from "@/lib/reports/transitions";
import { parseVnDate } from "@/lib/text/dates";

export type ReportFormState = { error?: string; fieldErrors?: Record<string, string>; done?: string; values?: Record<string, string> };

/** Messages at the form's fields: a list's item (a unit code) is shown at the list. */
const BY_FIELD = { byTopField: true } as const;

/**
 * Opens (creating on first use) the unit's report for a period, then shows it. The form's hidden
 * fields are the client's to change: another unit, a made-up period or a malformed value shows the
 * not-found page (out of scope looks like missing), never a server error, and creates nothing.
 */
export async function openReportAction(form: FormData): Promise<void> {
  const actor = await requireActor();
  const input = ZOpenReport.safeParse({ unitId: form.get("unitId"), kind: form.get("kind"), period: form.get("period") });
  if (!input.success) notFound();
  let id: string;
  try {
    id = (await openReport(actor, input.data)).id;
  } catch (error) {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  }
  redirect(`/reports/${id}`);
}

/** Officer: save the typed texts, or save and hand the report to the signer. */
export async function saveReportAction(_prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  return runAction({ form, echo: true }, async (ctx) => {
    const report = ctx.parse(ZSaveReport, { id: ctx.input.id, version: ctx.input.version, difficulties: ctx.text("difficulties"), proposals: ctx.text("proposals"), prepared: ctx.input.step === "prepare" }, BY_FIELD);
    await saveReport(ctx.actor, report);
    revalidatePath(`/reports/${report.id}`);
    return { done: report.prepared ? m.done.prepare : m.done.save };
  });
}

/** Signer: submit (freeze the figures in a new version). */
export async function submitReportAction(_prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  return runAction({ form }, async (ctx) => {
    // The page's hidden fields: anything else was not sent by the page (the generic message, logged).
    const ref = ZReportRef.parse({ id: ctx.input.id, version: ctx.input.version });
    await submitReport(ctx.actor, ref);
    revalidatePath(`/reports/${ref.id}`);
    return { done: m.done.submit };
  });
}

/** Sở Tư pháp: accept, or return with a comment. */
export async function reviewReportAction(_prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  return runAction({ form, echo: true }, async (ctx) => {
    const review = ctx.parse(ZReviewReport, { id: ctx.input.id, version: ctx.input.version, decision: ctx.input.decision, comment: ctx.text("comment") }, BY_FIELD);
    await reviewReport(ctx.actor, review);
    revalidatePath(`/reports/${review.id}`);
    return { done: review.decision === "ACCEPT" ? m.done.accept : m.done.return };
  });
}

/** Sở Tư pháp: request an ad hoc report (dates typed dd/MM/yyyy; unit codes separated by commas). */
export async function createAdHocAction(_prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  return runAction({ form, echo: true }, async (ctx) => {
    const day = (key: string) => parseVnDate(ctx.text(key), { allowPartial: false }) ?? "";
    const request = ctx.parse(ZAdHocRequest, {
      title: ctx.text("title"), from: day("from"), to: day("to"), due: day("due"), note: ctx.text("note"),
      unitCodes: ctx.text("unitCodes").split(/[\s,;]+/).filter(Boolean),
    }, BY_FIELD);
    await createAdHocRequest(ctx.actor, request);
    revalidatePath("/reports");
    return { done: m.done.adHoc };
  });
}

