"use client";

import { requestStepAction, type FormState } from "@/lib/copies/actions";
import type { RequestAction } from "@/lib/copies/allowed-actions";
import type { RequestChannel } from "@/lib/generated/prisma/enums";
import { messages } from "@/lib/text/messages";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextareaField } from "@/components/ui/select";
import { Field } from "@/components/ui/field";
import { feeTexts } from "@/lib/copies/fee-texts";
import { formatMoney } from "@/lib/text/format";
import { useFormAction } from "@/components/ui/use-form-action";
import { copiesTexts as t } from "@/lib/copies/messages";

const LABELS: Record<Exclude<RequestAction, "refuse" | "revoke" | "deliver">, string> = {
  prepare: t.actions.prepare,
  sign: t.actions.sign,
  issue: t.actions.issue,
};

/**
 * The workflow buttons the actor may use on this request. Each form carries the version the page
 * showed, so acting on a stale page is refused (CONFLICT) instead of overwriting someone's change.
 */
export function RequestActions({ id, version, channel, actions, feeTotal, refuseReason }: { id: string; version: number; channel: RequestChannel; actions: RequestAction[]; feeTotal: number; refuseReason?: string }) {
  // onSubmit, not the form's action: React would clear a typed reason when the server refuses it.
  const { state, submit, pending } = useFormAction<FormState>(requestStepAction, {});
  const hidden = (step: RequestAction) => (
    <>
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  const simple = actions.filter((a): a is keyof typeof LABELS | "deliver" => a !== "refuse" && a !== "revoke");

  return (
    <div className="flex flex-col gap-3" aria-live="polite">
      {state.error ? <Alert tone="error" title={t.actions.failedTitle}>{state.error}</Alert> : null}
      {actions.length === 0 ? <p className="text-sm text-slate-600">{t.actions.none}</p> : null}
      {simple.map((step) => (
        <form key={step} onSubmit={submit} noValidate className="flex flex-col gap-2">
          {hidden(step)}
          {step === "issue" && feeTotal > 0 ? (
            <Field
              id="f-feeReceiptNumber" label={feeTexts.receiptLabel} name="feeReceiptNumber" autoComplete="off" required
              defaultValue={typeof state.values?.feeReceiptNumber === "string" ? state.values.feeReceiptNumber : ""}
              hint={t.actions.feeReceiptHint(formatMoney(feeTotal))} error={state.fieldErrors?.feeReceiptNumber}
            />
          ) : null}
          <Button type="submit" disabled={pending} className="w-full">{step === "deliver" ? messages.copies.deliverButton[channel] : LABELS[step]}</Button>
        </form>
      ))}
      {actions.includes("refuse") ? (
        <ReasonForm step="refuse" summary={t.actions.refuseSummary} label={t.actions.refuseLabel} button={t.actions.refuseButton} error={state.fieldErrors?.reason} pending={pending} onSubmit={submit} hidden={hidden("refuse")} defaultReason={refuseReason} />
      ) : null}
      {actions.includes("revoke") ? (
        <ReasonForm step="revoke" summary={t.actions.revokeSummary} label={t.actions.revokeLabel} button={t.actions.revokeButton} error={state.fieldErrors?.reason} pending={pending} onSubmit={submit} hidden={hidden("revoke")} />
      ) : null}
    </div>
  );
}

function ReasonForm(props: { step: string; summary: string; label: string; button: string; error?: string; pending: boolean; hidden: React.ReactNode; onSubmit: (e: React.FormEvent<HTMLFormElement>) => void; defaultReason?: string }) {
  return (
    <details className="rounded-md border border-red-200 bg-red-50/40 px-3 py-2" open={!!props.error}>
      <summary className="cursor-pointer text-sm font-semibold text-red-800">{props.summary}</summary>
      <form onSubmit={props.onSubmit} noValidate className="mt-2 flex flex-col gap-2">
        {props.hidden}
        <TextareaField id={`f-reason-${props.step}`} label={props.label} name="reason" rows={3} error={props.error} defaultValue={props.defaultReason} />
        <Button type="submit" variant="danger" disabled={props.pending}>{props.button}</Button>
      </form>
    </details>
  );
}
