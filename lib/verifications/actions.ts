"use server";

import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/session";
import { toActionError } from "@/lib/errors-server";
import { answerVerification } from "@/lib/verifications/answer-verification";
import { sendVerification } from "@/lib/verifications/send-verification";
import { verificationTexts as t } from "@/lib/verifications/texts";

export type VerificationFormState = { error?: string; fieldErrors?: Record<string, string>; done?: string; values?: Record<string, string> };

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" ? v : "";
};

/** "Gửi yêu cầu xác minh" on a request's page: sendVerification checks role, unit, record and state. */
export async function sendVerificationAction(_prev: VerificationFormState, form: FormData): Promise<VerificationFormState> {
  const actor = await requireActor();
  const values = { note: text(form, "note") };
  try {
    const sent = await sendVerification(actor, { requestId: text(form, "requestId"), recordId: text(form, "recordId"), note: values.note });
    revalidatePath(`/copies/${text(form, "requestId")}`);
    revalidatePath("/verifications");
    if (sent.status === "CONFIRMED") return { done: t.alreadyConfirmed };
    return { done: sent.created ? t.sent(sent.holdingUnit.name) : t.alreadyPending(sent.holdingUnit.name) };
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
}

/** Xác nhận / Không xác nhận on a verification's page: answerVerification checks the holding unit, state and version. */
export async function answerVerificationAction(_prev: VerificationFormState, form: FormData): Promise<VerificationFormState> {
  const actor = await requireActor();
  const values = { answer: text(form, "answer") };
  try {
    const id = text(form, "id");
    const { status } = await answerVerification(actor, { id, version: text(form, "version"), decision: text(form, "decision") as "CONFIRM" | "REJECT", answer: values.answer });
    revalidatePath(`/verifications/${id}`);
    revalidatePath("/verifications");
    return { done: status === "CONFIRMED" ? t.confirmed : t.rejected };
  } catch (error) {
    return { ...(await toActionError(error)), values };
  }
}
