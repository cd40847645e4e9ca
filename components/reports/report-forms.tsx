"use client";

import { useActionState } from "react";
import { reviewReportAction, saveReportAction, submitReportAction, createAdHocAction, type ReportFormState } from "@/lib/reports/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/select";
import { reportMessages as m } from "@/lib/reports/messages";

const t = m.forms;

function Result({ state }: { state: ReportFormState }) {
  return (
    <>
      {state.done ? <Alert tone="success">{state.done}</Alert> : null}
      {state.error ? <Alert tone="error" title={t.notDone}>{state.error}</Alert> : null}
    </>
  );
}

const Ref = ({ id, version }: { id: string; version: number }) => (
  <>
    <input type="hidden" name="id" value={id} />
    <input type="hidden" name="version" value={version} />
  </>
);

/** The officer's part: difficulties and proposals (the only typed content), then hand to the signer. */
export function TextsForm({ id, version, difficulties, proposals, prepared }: { id: string; version: number; difficulties: string; proposals: string; prepared: boolean }) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(saveReportAction, {});
  return (
    <form action={action} className="flex flex-col gap-3" aria-live="polite">
      <Ref id={id} version={version} />
      <Result state={state} />
      <TextareaField label={m.detail.difficulties} name="difficulties" rows={4} defaultValue={state.values?.difficulties ?? difficulties} error={state.fieldErrors?.difficulties} />
      <TextareaField label={m.detail.proposals} name="proposals" rows={4} defaultValue={state.values?.proposals ?? proposals} error={state.fieldErrors?.proposals} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="step" value="save" variant="secondary" disabled={pending}>{t.saveDraft}</Button>
        <Button type="submit" name="step" value="prepare" disabled={pending}>{prepared ? t.keepForSigning : t.prepare}</Button>
      </div>
    </form>
  );
}

/** The signer's part: submitting freezes the figures shown into a new version. */
export function SubmitForm({ id, version }: { id: string; version: number }) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(submitReportAction, {});
  return (
    <form action={action} className="flex flex-col gap-2" aria-live="polite">
      <Ref id={id} version={version} />
      <Result state={state} />
      <p className="text-sm text-slate-700">{t.freezeNote}</p>
      <Button type="submit" disabled={pending}>{t.submit}</Button>
    </form>
  );
}

/** The provincial Department of Justice's part: accept, or return with a comment (required). */
export function ReviewForm({ id, version }: { id: string; version: number }) {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(reviewReportAction, {});
  return (
    <form action={action} className="flex flex-col gap-2" aria-live="polite" noValidate>
      <Ref id={id} version={version} />
      <Result state={state} />
      <TextareaField label={t.reviewComment} name="comment" rows={3} defaultValue={state.values?.comment ?? ""} error={state.fieldErrors?.comment} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="decision" value="ACCEPT" disabled={pending}>{m.detail.reviewCard}</Button>
        <Button type="submit" name="decision" value="RETURN" variant="danger" disabled={pending}>{t.return}</Button>
      </div>
    </form>
  );
}

/** The provincial Department of Justice requests an ad hoc report from every commune or from the communes listed. */
export function AdHocForm() {
  const [state, action, pending] = useActionState<ReportFormState, FormData>(createAdHocAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form action={action} className="grid grid-cols-1 gap-3 sm:grid-cols-3" aria-live="polite" noValidate>
      <div className="sm:col-span-3"><Result state={state} /></div>
      <Field label={t.title} name="title" className="sm:col-span-3" defaultValue={v.title} error={e.title} />
      <Field label={t.from} name="from" placeholder="dd/MM/yyyy" defaultValue={v.from} error={e.from} />
      <Field label={t.to} name="to" placeholder="dd/MM/yyyy" defaultValue={v.to} error={e.to} />
      <Field label={t.due} name="due" placeholder="dd/MM/yyyy" defaultValue={v.due} error={e.due} />
      <Field label={t.unitCodes} name="unitCodes" className="sm:col-span-3" hint={t.unitCodesHint} defaultValue={v.unitCodes} error={e.unitCodes} />
      <TextareaField label={t.note} name="note" className="sm:col-span-3" defaultValue={v.note} />
      <div><Button type="submit" disabled={pending}>{t.send}</Button></div>
    </form>
  );
}
