"use client";

import { answerAction, type AgencyFormState } from "@/lib/agency-requests/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";
import { agencyTexts } from "@/lib/agency-requests/messages";

const t = agencyTexts.answer;

/** Issues the answer letter once every person is marked (the server checks it again, and the version). */
export function AnswerPanel({ id, version, pending: peoplePending }: { id: string; version: number; pending: number }) {
  const { state, submit, pending } = useFormAction<AgencyFormState>(answerAction, {});
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      {state.done ? <Alert tone="success">{state.done}</Alert> : null}
      {state.error ? <Alert tone="error" title={t.failed}>{state.error}</Alert> : null}
      {peoplePending > 0 ? <p className="text-sm text-slate-700">{t.pending(peoplePending)}</p> : null}
      <form onSubmit={submit}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <Button type="submit" disabled={pending || peoplePending > 0} aria-busy={pending} className="w-full">{pending ? t.issuing : t.issue}</Button>
      </form>
    </div>
  );
}
