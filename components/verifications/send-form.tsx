"use client";

import { useActionState } from "react";
import { sendVerificationAction, type VerificationFormState } from "@/lib/verifications/actions";
import { verificationTexts as t } from "@/lib/verifications/texts";
import { verificationPageTexts as vt } from "@/lib/verifications/messages";

const s = vt.sendForm;
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/select";

/** Asks the unit keeping the register to confirm one record of the request. */
export function SendVerificationForm({ copyRequestId, recordId, holderName }: { copyRequestId: string; recordId: string; holderName: string }) {
  const [state, action, pending] = useActionState<VerificationFormState, FormData>(sendVerificationAction, {});
  const id = `verify-${recordId}`;
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {state.done ? <Alert tone="success">{state.done}</Alert> : null}
      {state.error && !state.fieldErrors ? <Alert tone="error" title={s.failed}>{state.error}</Alert> : null}
      {state.done ? null : (
        <details className="rounded-md border border-amber-300 bg-white px-3 py-2" open={!!state.fieldErrors}>
          <summary className="cursor-pointer text-sm font-semibold text-brand-800">{s.summary(t.sendButton)}</summary>
          <form action={action} noValidate className="mt-2 flex flex-col gap-2">
            <input type="hidden" name="requestId" value={copyRequestId} />
            <input type="hidden" name="recordId" value={recordId} />
            <p className="text-sm text-slate-700">{s.sendTo}<strong>{holderName}</strong></p>
            <TextareaField id={`${id}-note`} label={s.note} name="note" rows={2} maxLength={1000}
              defaultValue={state.values?.note} error={state.fieldErrors?.note ?? state.fieldErrors?.recordId} />
            <Button type="submit" disabled={pending}>{t.sendButton}</Button>
          </form>
        </details>
      )}
    </div>
  );
}
