"use client";

import { useActionState } from "react";
import { answerVerificationAction, type VerificationFormState } from "@/lib/verifications/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/select";
import { verificationPageTexts } from "@/lib/verifications/messages";

const t = verificationPageTexts.answerForm;

/**
 * The holding unit's answer: confirm (the record may be certified, by every unit) or reject
 * (with the reason, shown to the asking unit). Carries the version the page showed.
 */
export function AnswerVerificationForm({ id, version }: { id: string; version: number }) {
  const [state, action, pending] = useActionState<VerificationFormState, FormData>(answerVerificationAction, {});
  if (state.done) return <Alert tone="success">{state.done}</Alert>;
  return (
    <form action={action} noValidate className="flex flex-col gap-3" aria-live="polite">
      {state.error && !state.fieldErrors ? <Alert tone="error" title={t.failed}>{state.error}</Alert> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <TextareaField id="f-answer" label={t.answer} name="answer" rows={3} maxLength={1000}
        defaultValue={state.values?.answer} error={state.fieldErrors?.answer ?? state.fieldErrors?.decision} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="CONFIRM" disabled={pending}>{t.confirm}</Button>
        <Button type="submit" name="decision" value="REJECT" variant="danger" disabled={pending}>{t.reject}</Button>
      </div>
    </form>
  );
}
