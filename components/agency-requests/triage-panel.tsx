"use client";

import { triageAction, type AgencyFormState } from "@/lib/agency-requests/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextareaField } from "@/components/ui/select";
import { useFormAction } from "@/components/ui/use-form-action";
import { agencyTexts } from "@/lib/agency-requests/messages";

const t = agencyTexts.triage;

/**
 * The provincial Department of Justice's four decisions on a filed request. Every form carries the version the page showed:
 * a decision on a stale page is refused instead of overwriting another officer's.
 */
export function TriagePanel({ id, version, communes }: { id: string; version: number; communes: { code: string; name: string }[] }) {
  const { state, submit, pending } = useFormAction<AgencyFormState>(triageAction, {});
  const fe = state.fieldErrors ?? {};
  const hidden = (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
  return (
    <div className="flex flex-col gap-3" aria-live="polite">
      {state.done ? <Alert tone="success">{state.done}</Alert> : null}
      {state.error ? <Alert tone="error" title={t.failed}>{state.error}</Alert> : null}
      <form onSubmit={submit}>
        {hidden}
        <Button type="submit" name="decision" value="accept" disabled={pending} className="w-full">{t.accept}</Button>
      </form>
      <form onSubmit={submit} noValidate className="flex flex-col gap-2 rounded-md border border-slate-200 p-3">
        {hidden}
        <SelectField label={t.commune} name="communeCode" error={fe.communeCode} defaultValue="">
          <option value="">{t.chooseCommune}</option>
          {communes.map((c) => <option key={c.code} value={c.code}>{t.communeOption(c.name, c.code)}</option>)}
        </SelectField>
        <Button type="submit" name="decision" value="assign" variant="secondary" disabled={pending}>{t.assign}</Button>
      </form>
      <NoteForm decision="return" tone="amber" summary={t.returnSummary} label={t.returnNote} button={t.return} variant="secondary" error={fe["note.return"]} pending={pending} onSubmit={submit} hidden={hidden} />
      <NoteForm decision="refuse" tone="red" summary={t.refuseSummary} label={t.refuseNote} button={t.refuse} variant="danger" error={fe["note.refuse"]} pending={pending} onSubmit={submit} hidden={hidden} />
    </div>
  );
}

const NOTE_TONES = {
  amber: { box: "border-amber-200 bg-amber-50/40", summary: "text-amber-900" },
  red: { box: "border-red-200 bg-red-50/40", summary: "text-red-800" },
} as const;

/** A decision that needs a note to the agency (return for completion, refusal), folded until opened. */
function NoteForm(props: {
  decision: "return" | "refuse";
  tone: keyof typeof NOTE_TONES;
  summary: string;
  label: string;
  button: string;
  variant: "secondary" | "danger";
  error?: string;
  pending: boolean;
  onSubmit: (event: React.FormEvent<HTMLFormElement>) => void;
  hidden: React.ReactNode;
}) {
  const tone = NOTE_TONES[props.tone];
  return (
    <details className={`rounded-md border ${tone.box} px-3 py-2`} open={!!props.error}>
      <summary className={`cursor-pointer text-sm font-semibold ${tone.summary}`}>{props.summary}</summary>
      <form onSubmit={props.onSubmit} noValidate className="mt-2 flex flex-col gap-2">
        {props.hidden}
        <TextareaField id={`f-note-${props.decision}`} label={props.label} name="note" rows={3} error={props.error} />
        <Button type="submit" name="decision" value={props.decision} variant={props.variant} disabled={props.pending}>{props.button}</Button>
      </form>
    </details>
  );
}
