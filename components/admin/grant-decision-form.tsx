"use client";

import { useActionState, useState } from "react";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/** Records the provincial police's answer: the decision (number, date, expiry) or the refusal. */
export function GrantDecisionForm({ action, today }: { action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>; today: string }) {
  const [state, formAction, pending] = useActionState(action, {});
  const [outcome, setOutcome] = useState("GRANTED");
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? {};
  if (state.done) return <Alert tone="success">{state.done}</Alert>;
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 gap-3 sm:grid-cols-2" aria-label="Ghi nhận quyết định của Công an tỉnh">
      {state.error ? <div className="sm:col-span-2"><Alert tone="error">{state.error}</Alert></div> : null}
      <fieldset className="flex gap-4 text-sm sm:col-span-2">
        <legend className="sr-only">Kết quả</legend>
        <label className="flex items-center gap-1.5"><input type="radio" name="outcome" value="GRANTED" checked={outcome === "GRANTED"} onChange={() => setOutcome("GRANTED")} /> Công an tỉnh cấp quyền</label>
        <label className="flex items-center gap-1.5"><input type="radio" name="outcome" value="REFUSED" checked={outcome === "REFUSED"} onChange={() => setOutcome("REFUSED")} /> Công an tỉnh từ chối</label>
      </fieldset>
      <Field label="Số quyết định" name="decisionNumber" defaultValue={v.decisionNumber} error={fe.decisionNumber} />
      <Field label="Ngày quyết định" name="decidedOn" type="date" defaultValue={v.decidedOn ?? today} error={fe.decidedOn} />
      {outcome === "GRANTED" ? <Field label="Hiệu lực đến hết ngày" name="validUntil" type="date" defaultValue={v.validUntil} error={fe.validUntil} /> : null}
      <TextareaField label={outcome === "GRANTED" ? "Ghi chú" : "Lý do từ chối"} name="note" defaultValue={v.note} error={fe.note} />
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>Ghi nhận</Button></div>
    </form>
  );
}
