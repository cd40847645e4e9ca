"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { toActionError } from "@/lib/errors-server";
import { createAdHocRequest } from "@/lib/reports/ad-hoc";
import { reportMessages as m } from "@/lib/reports/messages";
import { openReport } from "@/lib/reports/open-report";
import { ZAdHocRequest, ZOpenReport, ZReportRef, ZReviewReport, ZSaveReport } from "@/lib/reports/schemas";
import { reviewReport, saveReport, submitReport } from "@/lib/reports/transitions";
import { parseVnDate } from "@/lib/dates";
import { echoValue } from "@/lib/validation/form-values";
import { requirePermission } from "@/lib/auth/guards";
import { getDashboardLive } from "@/lib/reports/dashboard";
import type { DashboardLive } from "@/lib/reports/dashboard-data";
import { ZDashboardFilter } from "@/lib/reports/schemas";

export type ReportFormState = { error?: string; fieldErrors?: Record<string, string>; done?: string; values?: Record<string, string> };

const str = (form: FormData, key: string) => String(form.get(key) ?? "");
const values = (form: FormData) => Object.fromEntries([...form.keys()].map((k) => [k, echoValue(form.get(k))]));
function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  return Object.fromEntries(issues.map((i) => [String(i.path[0] ?? "form"), i.message]));
}

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
  const actor = await requireActor();
  const parsed = ZSaveReport.safeParse({ id: form.get("id"), version: form.get("version"), difficulties: str(form, "difficulties"), proposals: str(form, "proposals"), prepared: form.get("step") === "prepare" });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error.issues), values: values(form) };
  try {
    await saveReport(actor, parsed.data);
  } catch (error) {
    return { ...(await toActionError(error)), values: values(form) };
  }
  revalidatePath(`/reports/${parsed.data.id}`);
  return { done: parsed.data.prepared ? m.done.prepare : m.done.save };
}

/** Signer: submit (freeze the figures in a new version). */
export async function submitReportAction(_prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  const actor = await requireActor();
  try {
    const ref = ZReportRef.parse({ id: form.get("id"), version: form.get("version") });
    await submitReport(actor, ref);
    revalidatePath(`/reports/${ref.id}`);
    return { done: m.done.submit };
  } catch (error) {
    return toActionError(error);
  }
}

/** Sở Tư pháp: accept, or return with a comment. */
export async function reviewReportAction(_prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  const actor = await requireActor();
  const parsed = ZReviewReport.safeParse({ id: form.get("id"), version: form.get("version"), decision: form.get("decision"), comment: str(form, "comment") });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error.issues), values: values(form) };
  try {
    await reviewReport(actor, parsed.data);
    revalidatePath(`/reports/${parsed.data.id}`);
    return { done: parsed.data.decision === "ACCEPT" ? m.done.accept : m.done.return };
  } catch (error) {
    return { ...(await toActionError(error)), values: values(form) };
  }
}

/** Sở Tư pháp: request an ad hoc report (dates typed dd/MM/yyyy; unit codes separated by commas). */
export async function createAdHocAction(_prev: ReportFormState, form: FormData): Promise<ReportFormState> {
  const actor = await requireActor();
  const day = (k: string) => parseVnDate(str(form, k), { allowPartial: false }) ?? "";
  const parsed = ZAdHocRequest.safeParse({
    title: str(form, "title"), from: day("from"), to: day("to"), due: day("due"), note: str(form, "note"),
    unitCodes: str(form, "unitCodes").split(/[\s,;]+/).filter(Boolean),
  });
  if (!parsed.success) return { fieldErrors: fieldErrors(parsed.error.issues), values: values(form) };
  try {
    await createAdHocRequest(actor, parsed.data);
  } catch (error) {
    return { ...(await toActionError(error)), values: values(form) };
  }
  revalidatePath("/reports");
  return { done: m.done.adHoc };
}


/** The dashboard's availability and overdue tiles, for their query (refetched at the probe interval): as the page, dashboard.view. */
export async function loadDashboardLiveAction(month: string): Promise<DashboardLive> {
  const actor = await requirePermission("dashboard.view");
  return getDashboardLive(actor, ZDashboardFilter.parse({ month }));
}
