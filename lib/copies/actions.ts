"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { runAction, type ActionContext } from "@/lib/actions/form-action";
import { todayInVietnam } from "@/lib/text/dates";
import { AppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import { adoptRecord } from "@/lib/copies/adopt-record";
import { createRequest } from "@/lib/copies/create-request";
import { deliverRequest } from "@/lib/copies/deliver-request";
import { issueRequest } from "@/lib/copies/issue-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { refuseRequest } from "@/lib/copies/refuse-request";
import { revokeDocument } from "@/lib/copies/revoke-document";
import { COPY_FORM_LISTS, parseCreateRequestForm, parseRequestSearchForm, ZReason, ZRequestKind, ZTransitionInput } from "@/lib/copies/schemas";
import { searchForRequest, type RequestSearchResult } from "@/lib/copies/search-for-request";
import { signRequest } from "@/lib/copies/sign-request";
import { stepOf, type StepName } from "@/lib/copies/step-messages";
import { deliverDocumentNow } from "@/lib/national-registration/deliver";

export type IntakeSearchState = { result?: RequestSearchResult; error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string | string[]>; submittedAt?: number };
export type FormState = { error?: string; fieldErrors?: Record<string, string>; values?: Record<string, string | string[]>; done?: string };

const echo = { lists: COPY_FORM_LISTS };
const kindOf = ({ input }: ActionContext) => {
  const kind = ZRequestKind.safeParse(input.requestKind);
  if (!kind.success) throw new AppError("INVALID_INPUT", { fieldErrors: { requestKind: messages.copies.kindRequired } });
  return kind.data;
};

/** A search for the request being taken: validate → searchForRequest (which checks role and unit). */
export async function searchForRequestAction(_prev: IntakeSearchState, form: FormData): Promise<IntakeSearchState> {
  return runAction({ form, echo, stamp: true }, async (ctx) => {
    const kind = kindOf(ctx);
    const parsed = parseRequestSearchForm(form, todayInVietnam());
    if (!parsed.ok) return ctx.invalid(parsed.fieldErrors);
    const result = await searchForRequest(ctx.actor, { kind, reference: ctx.text("reference") || null, query: parsed.value, ip: ctx.meta.ip }, {});
    return { result, values: ctx.values };
  });
}

/** Takes over a record found earlier under another purpose (/copies/new?lookupId=&recordId=). */
export async function adoptRecordAction(_prev: IntakeSearchState, form: FormData): Promise<IntakeSearchState> {
  return runAction({ form, stamp: true }, async (ctx) => {
    const kind = kindOf(ctx);
    const sourceLookupId = ctx.text("sourceLookupId").slice(0, 40);
    const recordId = ctx.text("recordId").slice(0, 100);
    const result = await adoptRecord(ctx.actor, { kind, reference: ctx.text("reference") || null, sourceLookupId, recordId, ip: ctx.meta.ip });
    return { result };
  });
}

/** The intake form: validate → createRequest (role, unit, lookups, fee rules) → the new request's page. */
export async function createRequestAction(_prev: FormState, form: FormData): Promise<FormState> {
  return runAction({ form, echo }, async (ctx) => {
    const parsed = parseCreateRequestForm(form);
    if (!parsed.ok) return ctx.invalid(parsed.fieldErrors);
    const { id } = await createRequest(ctx.actor, parsed.value, ctx.meta.ip);
    revalidatePath("/copies");
    redirect(`/copies/${id}?created=1`);
  });
}

/** The step's use case; the steps with a form of their own (issue, refuse, revoke) echo its values on a refusal. */
async function runStep(ctx: ActionContext, step: StepName): Promise<string> {
  const parsed = ZTransitionInput.safeParse({ id: ctx.input.id, version: ctx.input.version });
  if (!parsed.success) throw new AppError("INVALID_INPUT", { message: `bad transition for step ${step}` });
  const input = parsed.data;
  const needsReason = step === "refuse" || step === "revoke";
  const withReason = { ...input, reason: needsReason ? ctx.parse(z.object({ reason: ZReason }), { reason: ctx.text("reason") }).reason : "" };
  if (step === "prepare") await prepareRequest(ctx.actor, input);
  else if (step === "sign") {
    const { documentId } = await signRequest(ctx.actor, { ...input, ip: ctx.meta.ip });
    await deliverDocumentNow(documentId);
  } else if (step === "issue") await issueRequest(ctx.actor, { ...input, feeReceiptNumber: ctx.text("feeReceiptNumber").slice(0, 100) });
  else if (step === "deliver") await deliverRequest(ctx.actor, input);
  else if (step === "refuse") await refuseRequest(ctx.actor, withReason);
  else {
    const { documentId } = await revokeDocument(ctx.actor, withReason);
    await deliverDocumentNow(documentId);
  }
  return input.id;
}

/**
 * One step of the workflow from the request page: validate → the step's use case (each checks role,
 * scope, version). A step done leads to `/copies/<id>?done=<step>`: the page itself says what was
 * done, so the confirmation stays while the forms it came from are replaced by the next step's.
 */
export async function requestStepAction(_prev: FormState, form: FormData): Promise<FormState> {
  const step = stepOf(form.get("step"));
  // Only the steps with a text field refill it: the reason (refuse, revoke) and the receipt number (issue).
  const echoes = step === "issue" || step === "refuse" || step === "revoke";
  return runAction({ form, echo: echoes ? echo : false }, async (ctx) => {
    if (!step) throw new AppError("INVALID_INPUT", { message: `bad step ${String(form.get("step"))}` });
    const id = await runStep(ctx, step);
    revalidatePath(`/copies/${id}`);
    revalidatePath("/copies");
    redirect(`/copies/${encodeURIComponent(id)}?done=${step}`);
  });
}
