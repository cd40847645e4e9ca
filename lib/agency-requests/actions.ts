"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runAction, type ActionContext } from "@/lib/actions/form-action";
import { todayInVietnam } from "@/lib/text/dates";
import { AppError } from "@/lib/errors/app-error";
import type { LookupResultItem } from "@/lib/lookups/result-item";
import { answerRequest } from "@/lib/agency-requests/answer-request";
import { fileRequest } from "@/lib/agency-requests/file-request";
import { lookupPerson } from "@/lib/agency-requests/lookup-person";
import { markPerson } from "@/lib/agency-requests/mark-person";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { MAX_CSV_BYTES } from "@/lib/agency-requests/parse-people-csv";
import { AGENCY_FORM_LISTS, parseFileRequestForm, ZNote, ZTransition } from "@/lib/agency-requests/schemas";
import { triageRequest, type TTriage } from "@/lib/agency-requests/triage-request";

export type AgencyFormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string | string[]>; done?: string; submittedAt?: number };
export type LookupState = AgencyFormState & { results?: LookupResultItem[]; personId?: string };

const echo = { lists: AGENCY_FORM_LISTS };

/** The request's id and version as the page showed them; anything else was not sent by the page. */
function transitionOf({ input }: ActionContext, what: string) {
  const base = ZTransition.safeParse({ id: input.id, version: input.version });
  if (!base.success) throw new AppError("INVALID_INPUT", { message: `bad ${what} input` });
  return base.data;
}

/** The filing form (new, or re-filing a returned request): validate → fileRequest → the request's page. */
export async function fileRequestAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  return runAction({ form, echo, stamp: true }, async (ctx) => {
    const parsed = parseFileRequestForm(form, todayInVietnam());
    if (!parsed.ok) return ctx.invalid(parsed.fieldErrors);
    const input = parsed.value;
    if (parsed.csv) {
      // Refused before reading it into memory when it is plainly too large.
      if (parsed.csv.size > MAX_CSV_BYTES) return ctx.invalid({ peopleCsv: m.csvTooLarge(MAX_CSV_BYTES / 1024) });
      input.people = { kind: "csv", bytes: new Uint8Array(await parsed.csv.arrayBuffer()) };
    }
    const { id } = await fileRequest(ctx.actor, input);
    revalidatePath("/agency-requests");
    redirect(`/agency-requests/${id}?filed=1`);
  });
}

const TRIAGE_DONE = { accept: true, assign: true, return: true, refuse: true } as const;

/** Sở Tư pháp's decision: validate → triageRequest (role, province reach, status, version). */
export async function triageAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  return runAction({ form, echo }, async (ctx) => {
    const decision = ctx.text("decision");
    if (!(decision in TRIAGE_DONE)) throw new AppError("INVALID_INPUT", { message: `bad triage ${decision}` });
    const base = transitionOf(ctx, "triage");
    let input: TTriage;
    if (decision === "return" || decision === "refuse") {
      const note = ZNote.safeParse(ctx.text("note"));
      if (!note.success) return ctx.invalid({ [`note.${decision}`]: note.error.issues[0]!.message });
      input = { ...base, decision, note: note.data };
    } else if (decision === "assign") {
      const communeCode = ctx.text("communeCode").trim();
      if (!communeCode) return ctx.invalid({ communeCode: m.communeRequired });
      input = { ...base, decision, communeCode };
    } else input = { ...base, decision: "accept" };
    await triageRequest(ctx.actor, input);
    // The triage panel is gone once the request leaves SUBMITTED: the page itself says what was done.
    revalidatePath("/agency-requests");
    redirect(`/agency-requests/${base.id}?done=${decision}`);
  });
}

/** The handler looks up one person of the request: lookupPerson (scope, purpose, access log). */
export async function lookupPersonAction(_prev: LookupState, form: FormData): Promise<LookupState> {
  const personId = String(form.get("personId") ?? "").slice(0, 40);
  const state = await runAction<LookupState>({ form, stamp: true }, async (ctx) => {
    const result = await lookupPerson(ctx.actor, { agencyRequestId: ctx.text("requestId").slice(0, 40), personId, ip: ctx.meta.ip });
    return { results: result.results };
  });
  return { ...state, personId };
}

/** The handler marks one person FOUND / NOT_FOUND / AMBIGUOUS with the records chosen. */
export async function markPersonAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  return runAction({ form, lists: ["recordIds"], stamp: true }, async (ctx) => {
    const agencyRequestId = ctx.text("requestId").slice(0, 40);
    const outcome = ctx.text("outcome");
    if (outcome !== "FOUND" && outcome !== "NOT_FOUND" && outcome !== "AMBIGUOUS") throw new AppError("INVALID_INPUT", { message: `bad outcome ${outcome}` });
    const recordIds = (ctx.input.recordIds as string[]).filter(Boolean).slice(0, 50);
    await markPerson(ctx.actor, { agencyRequestId, personId: ctx.text("personId").slice(0, 40), outcome, recordIds, ip: ctx.meta.ip });
    revalidatePath(`/agency-requests/${agencyRequestId}`);
    return { done: m.done.marked };
  });
}

/** The handler issues the answer: answerRequest (every person marked, version, one transaction). */
export async function answerAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  return runAction({ form }, async (ctx) => {
    const input = transitionOf(ctx, "answer");
    await answerRequest(ctx.actor, input);
    revalidatePath("/agency-requests");
    redirect(`/agency-requests/${input.id}?done=answered`);
  });
}
