"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { todayInVietnam } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { toActionError } from "@/lib/errors-server";
import type { LookupResultItem } from "@/lib/lookups/result-item";
import { answerRequest } from "@/lib/agency-requests/answer-request";
import { fileRequest } from "@/lib/agency-requests/file-request";
import { lookupPerson } from "@/lib/agency-requests/lookup-person";
import { markPerson } from "@/lib/agency-requests/mark-person";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { MAX_CSV_BYTES } from "@/lib/agency-requests/parse-people-csv";
import { parseFileRequestForm, ZNote, ZTransition } from "@/lib/agency-requests/schemas";
import { triageRequest, type TTriage } from "@/lib/agency-requests/triage-request";
import { echoFormValues } from "@/lib/validation/form-values";

export type AgencyFormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string | string[]>; done?: string; submittedAt?: number };
export type LookupState = AgencyFormState & { results?: LookupResultItem[]; personId?: string };

const ipOf = async () => requestMetaFromHeaders(await headers()).ip;

const formValues = (form: FormData) => echoFormValues(form, ["recordKinds"], (key) => key === "peopleCsv" || key.startsWith("$"));

/** The filing form (new, or re-filing a returned request): validate → fileRequest → the request's page. */
export async function fileRequestAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  const actor = await requireActor();
  const values = formValues(form);
  const submittedAt = Date.now();
  let id: string;
  try {
    const parsed = parseFileRequestForm(form, todayInVietnam());
    if (!parsed.ok) return { fieldErrors: parsed.fieldErrors, values, submittedAt };
    const input = parsed.value;
    if (parsed.csv) {
      // Refused before reading it into memory when it is plainly too large.
      if (parsed.csv.size > MAX_CSV_BYTES) return { fieldErrors: { peopleCsv: m.csvTooLarge(MAX_CSV_BYTES / 1024) }, values, submittedAt };
      input.people = { kind: "csv", bytes: new Uint8Array(await parsed.csv.arrayBuffer()) };
    }
    id = (await fileRequest(actor, input)).id;
  } catch (error) {
    return { ...(await toActionError(error)), values, submittedAt };
  }
  revalidatePath("/agency-requests");
  redirect(`/agency-requests/${id}?filed=1`);
}

const TRIAGE_DONE = { accept: true, assign: true, return: true, refuse: true } as const;

/** Sở Tư pháp's decision: validate → triageRequest (role, province reach, status, version). */
export async function triageAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  const actor = await requireActor();
  const values = formValues(form);
  const decision = String(form.get("decision") ?? "");
  let id: string;
  try {
    const base = ZTransition.safeParse({ id: form.get("id"), version: form.get("version") });
    if (!base.success || !(decision in TRIAGE_DONE)) throw new AppError("INVALID_INPUT", { message: `bad triage ${decision}` });
    let input: TTriage;
    if (decision === "return" || decision === "refuse") {
      const note = ZNote.safeParse(String(form.get("note") ?? ""));
      if (!note.success) return { fieldErrors: { [`note.${decision}`]: note.error.issues[0]!.message }, values };
      input = { ...base.data, decision, note: note.data };
    } else if (decision === "assign") {
      const communeCode = String(form.get("communeCode") ?? "").trim();
      if (!communeCode) return { fieldErrors: { communeCode: m.communeRequired }, values };
      input = { ...base.data, decision, communeCode };
    } else input = { ...base.data, decision: "accept" };
    await triageRequest(actor, input);
    id = base.data.id;
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
  // The triage panel is gone once the request leaves SUBMITTED: the page itself says what was done.
  revalidatePath("/agency-requests");
  redirect(`/agency-requests/${id}?done=${decision}`);
}

/** The handler looks up one person of the request: lookupPerson (scope, purpose, access log). */
export async function lookupPersonAction(_prev: LookupState, form: FormData): Promise<LookupState> {
  const actor = await requireActor();
  const requestId = String(form.get("requestId") ?? "").slice(0, 40);
  const personId = String(form.get("personId") ?? "").slice(0, 40);
  try {
    const result = await lookupPerson(actor, { agencyRequestId: requestId, personId, ip: await ipOf() });
    return { results: result.results, personId, submittedAt: Date.now() };
  } catch (error) {
    return { ...(await toActionError(error)), personId, submittedAt: Date.now() };
  }
}

/** The handler marks one person FOUND / NOT_FOUND / AMBIGUOUS with the records chosen. */
export async function markPersonAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  const actor = await requireActor();
  const requestId = String(form.get("requestId") ?? "").slice(0, 40);
  try {
    const outcome = String(form.get("outcome") ?? "");
    if (outcome !== "FOUND" && outcome !== "NOT_FOUND" && outcome !== "AMBIGUOUS") throw new AppError("INVALID_INPUT", { message: `bad outcome ${outcome}` });
    const recordIds = form.getAll("recordIds").map(String).filter(Boolean).slice(0, 50);
    await markPerson(actor, { agencyRequestId: requestId, personId: String(form.get("personId") ?? "").slice(0, 40), outcome, recordIds, ip: await ipOf() });
    revalidatePath(`/agency-requests/${requestId}`);
    return { done: m.done.marked, submittedAt: Date.now() };
  } catch (error) {
    return { ...(await toActionError(error)), submittedAt: Date.now() };
  }
}

/** The handler issues the answer: answerRequest (every person marked, version, one transaction). */
export async function answerAction(_prev: AgencyFormState, form: FormData): Promise<AgencyFormState> {
  const actor = await requireActor();
  let id: string;
  try {
    const input = ZTransition.safeParse({ id: form.get("id"), version: form.get("version") });
    if (!input.success) throw new AppError("INVALID_INPUT", { message: "bad answer input" });
    await answerRequest(actor, input.data);
    id = input.data.id;
  } catch (error) {
    return await toActionError(error);
  }
  revalidatePath("/agency-requests");
  redirect(`/agency-requests/${id}?done=answered`);
}
