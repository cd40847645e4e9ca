import { z } from "zod";
import { zText, type TextRule } from "@/lib/validation/fields";
import { ZRowId, isRecordId } from "@/lib/validation/ids";
import { verificationTexts as t } from "@/lib/verifications/texts";

/** The asking officer's note: optional, what the holder should look at. */
export const NOTE_RULE: TextRule = { label: "Ghi chú", max: 1000, multiline: true };
/** The holder's answer: optional when confirming, at least 5 characters when refusing. */
export const ANSWER_RULE: TextRule = { label: "Nội dung trả lời", max: 1000, multiline: true };

export const ZSendVerification = z.object({
  requestId: ZRowId,
  recordId: z.string().refine(isRecordId),
  note: zText(NOTE_RULE).transform((v) => v || null),
});
export type TSendVerification = z.input<typeof ZSendVerification>;

export const ZDecision = z.enum(["CONFIRM", "REJECT"], { error: t.decisionRequired });

export const ZAnswerVerification = z
  .object({
    id: ZRowId,
    version: z.coerce.number().int().min(0),
    decision: ZDecision,
    answer: zText(ANSWER_RULE).transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.decision === "REJECT" && (v.answer ?? "").length < 5) ctx.addIssue({ code: "custom", path: ["answer"], message: t.answerRequired });
  });
export type TAnswerVerification = z.input<typeof ZAnswerVerification>;

export const VERIFICATION_BOXES = ["inbox", "sent"] as const;
export const ZVerificationFilter = z.object({
  box: z.enum(VERIFICATION_BOXES).catch("inbox"),
  status: z.enum(["PENDING", "CONFIRMED", "REJECTED"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type TVerificationFilter = z.infer<typeof ZVerificationFilter>;

/** The first message per field of a failed parse, for the form. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}
