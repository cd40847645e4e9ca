"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/actions/form-action";
import { answerVerification } from "@/lib/verifications/answer-verification";
import { sendVerification } from "@/lib/verifications/send-verification";
import { verificationTexts as t } from "@/lib/verifications/texts";

export type VerificationFormState = { error?: string; fieldErrors?: Record<string, string>; done?: string; values?: Record<string, string> };

/** "Gửi yêu cầu xác minh" on a request's page: sendVerification checks role, unit, record and state. */
export async function sendVerificationAction(_prev: VerificationFormState, form: FormData): Promise<VerificationFormState> {
  return runAction({ form, echo: true }, async (ctx) => {
    const requestId = ctx.text("requestId");
    const sent = await sendVerification(ctx.actor, { requestId, recordId: ctx.text("recordId"), note: ctx.text("note") });
    revalidatePath(`/copies/${requestId}`);
    revalidatePath("/verifications");
    if (sent.status === "CONFIRMED") return { done: t.alreadyConfirmed };
    return { done: sent.created ? t.sent(sent.holdingUnit.name) : t.alreadyPending(sent.holdingUnit.name) };
  });
}

/** Xác nhận / Không xác nhận on a verification's page: answerVerification checks the holding unit, state and version. */
export async function answerVerificationAction(_prev: VerificationFormState, form: FormData): Promise<VerificationFormState> {
  return runAction({ form, echo: true }, async (ctx) => {
    const id = ctx.text("id");
    const { status } = await answerVerification(ctx.actor, { id, version: ctx.text("version"), decision: ctx.text("decision") as "CONFIRM" | "REJECT", answer: ctx.text("answer") });
    revalidatePath(`/verifications/${id}`);
    revalidatePath("/verifications");
    return { done: status === "CONFIRMED" ? t.confirmed : t.rejected };
  });
}
