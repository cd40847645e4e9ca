"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { todayInVietnam } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { toActionError } from "@/lib/errors-server";
import { messages } from "@/lib/messages";
import { adoptRecord } from "@/lib/copies/adopt-record";
import { createRequest } from "@/lib/copies/create-request";
import { deliverRequest } from "@/lib/copies/deliver-request";
import { issueRequest } from "@/lib/copies/issue-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { refuseRequest } from "@/lib/copies/refuse-request";
import { revokeDocument } from "@/lib/copies/revoke-document";
import { parseCreateRequestForm, parseRequestSearchForm, ZReason, ZRequestKind, ZTransitionInput } from "@/lib/copies/schemas";
import { searchForRequest, type RequestSearchResult } from "@/lib/copies/search-for-request";
import { signRequest } from "@/lib/copies/sign-request";
import { stepOf, type StepName } from "@/lib/copies/step-messages";
import { deliverDocumentNow } from "@/lib/national-registration/deliver";
import { echoFormValues } from "@/lib/validation/form-values";

export type IntakeSearchState = { result?: RequestSearchResult; error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string | string[]>; submittedAt?: number };
export type FormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string | string[]>; done?: string };

const formValues = (form: FormData) => echoFormValues(form, ["eventTypes", "recordIds"]);

const ipOf = async () => requestMetaFromHeaders(await headers()).ip;
const kindOf = (form: FormData) => {
  const kind = ZRequestKind.safeParse(form.get("requestKind"));
  if (!kind.success) throw new AppError("INVALID_INPUT", { fieldErrors: { requestKind: messages.copies.kindRequired } });
  return kind.data;
};

/** A search for the request being taken: validate → searchForRequest (which checks role and unit). */
export async function searchForRequestAction(_prev: IntakeSearchState, form: FormData): Promise<IntakeSearchState> {
  const actor = await requireActor();
  const values = formValues(form);
  const submittedAt = Date.now();
  try {
    const kind = kindOf(form);
    const parsed = parseRequestSearchForm(form, todayInVietnam());
    if (!parsed.ok) return { fieldErrors: parsed.fieldErrors, values, submittedAt };
    const result = await searchForRequest(actor, { kind, reference: String(form.get("reference") ?? "") || null, query: parsed.value, ip: await ipOf() }, {});
    return { result, values, submittedAt };
  } catch (error) {
    return { ...(await toActionError(error)), values, submittedAt };
  }
}

/** Takes over a record found earlier under another purpose (/copies/new?lookupId=&recordId=). */
export async function adoptRecordAction(_prev: IntakeSearchState, form: FormData): Promise<IntakeSearchState> {
  const actor = await requireActor();
  const submittedAt = Date.now();
  try {
    const kind = kindOf(form);
    const sourceLookupId = String(form.get("sourceLookupId") ?? "").slice(0, 40);
    const recordId = String(form.get("recordId") ?? "").slice(0, 100);
    const result = await adoptRecord(actor, { kind, reference: String(form.get("reference") ?? "") || null, sourceLookupId, recordId, ip: await ipOf() });
    return { result, submittedAt };
  } catch (error) {
    return { ...(await toActionError(error)), submittedAt };
  }
}

/** The intake form: validate → createRequest (role, unit, lookups, fee rules) → the new request's page. */
export async function createRequestAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor();
  const values = formValues(form);
  let id: string;
  try {
    const parsed = parseCreateRequestForm(form);
    if (!parsed.ok) return { fieldErrors: parsed.fieldErrors, values };
    id = (await createRequest(actor, parsed.value, await ipOf())).id;
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
  revalidatePath("/copies");
  redirect(`/copies/${id}?created=1`);
}

/**
 * One step of the workflow from the request page: validate → the step's use case (each checks role,
 * scope, version). A step done leads to `/copies/<id>?done=<step>`: the page itself says what was
 * done, so the confirmation stays while the forms it came from are replaced by the next step's.
 */
export async function requestStepAction(_prev: FormState, form: FormData): Promise<FormState> {
  const actor = await requireActor();
  let done: { id: string; step: StepName };
  try {
    const step = stepOf(form.get("step"));
    const input = ZTransitionInput.safeParse({ id: form.get("id"), version: form.get("version") });
    if (!input.success || !step) throw new AppError("INVALID_INPUT", { message: `bad step ${String(form.get("step"))}` });
    const needsReason = step === "refuse" || step === "revoke";
    const reason = needsReason ? ZReason.safeParse(String(form.get("reason") ?? "")) : null;
    if (reason && !reason.success) return { fieldErrors: { reason: reason.error.issues[0]!.message }, values: formValues(form) };
    const withReason = { ...input.data, reason: reason?.success ? reason.data : "" };
    if (step === "prepare") await prepareRequest(actor, input.data);
    else if (step === "sign") {
      const { documentId } = await signRequest(actor, { ...input.data, ip: await ipOf() });
      await deliverDocumentNow(documentId);
    }
    else if (step === "issue") {
      try {
        await issueRequest(actor, { ...input.data, feeReceiptNumber: String(form.get("feeReceiptNumber") ?? "").slice(0, 100) });
      } catch (error) {
        return { ...(await toActionError(error)), values: formValues(form) };
      }
    }
    else if (step === "deliver") await deliverRequest(actor, input.data);
    else if (step === "refuse") await refuseRequest(actor, withReason);
    else {
      const { documentId } = await revokeDocument(actor, withReason);
      await deliverDocumentNow(documentId);
    }
    done = { id: input.data.id, step };
  } catch (error) {
    return await toActionError(error);
  }
  revalidatePath(`/copies/${done.id}`);
  revalidatePath("/copies");
  redirect(`/copies/${encodeURIComponent(done.id)}?done=${done.step}`);
}
