"use client";

import { useActionState, useState } from "react";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.grantDecision;

/** Records the provincial police's answer: the decision (number, date, expiry) or the refusal. */
export function GrantDecisionForm({ action, today }: { action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>; today: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [outcome, setOutcome] = useState("GRANTED");
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? {};
  if (state.done) return <Alert tone="success">{state.done}</Alert>;
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 gap-3 sm:grid-cols-2" aria-label={t.form}>
      {state.error ? <div className="sm:col-span-2"><Alert tone="error">{state.error}</Alert></div> : null}
      <fieldset className="flex gap-4 text-sm sm:col-span-2">
        <legend className="sr-only">{t.outcome}</legend>
        <label className="flex items-center gap-1.5"><input type="radio" name="outcome" value="GRANTED" checked={outcome === "GRANTED"} onChange={() => setOutcome("GRANTED")} /> {t.granted}</label>
        <label className="flex items-center gap-1.5"><input type="radio" name="outcome" value="REFUSED" checked={outcome === "REFUSED"} onChange={() => setOutcome("REFUSED")} /> {t.refused}</label>
      </fieldset>
      <Field label={t.number} name="decisionNumber" defaultValue={v.decisionNumber} error={fe.decisionNumber} />
      <Field label={t.date} name="decidedOn" type="date" defaultValue={v.decidedOn ?? today} error={fe.decidedOn} />
      {outcome === "GRANTED" ? <Field label={t.validUntil} name="validUntil" type="date" defaultValue={v.validUntil} error={fe.validUntil} /> : null}
      <TextareaField label={outcome === "GRANTED" ? t.note : t.reason} name="note" defaultValue={v.note} error={fe.note} />
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{t.record}</Button></div>
    </form>
  );
}
