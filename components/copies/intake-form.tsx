"use client";

import { useActionState, useState, useTransition } from "react";
import { adoptRecordAction, createRequestAction, searchForRequestAction, type FormState, type IntakeSearchState } from "@/lib/copies/actions";
import type { FeeConfig } from "@/lib/copies/fees";
import type { LookupResultItem } from "@/lib/lookups/result-item";
import { messages } from "@/lib/text/messages";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Choice } from "@/components/ui/select";
import { RecordSearch } from "@/components/copies/record-search";
import { ResultsPicker, SelectedRecords } from "@/components/copies/record-picker";
import { RequesterFields } from "@/components/copies/requester-fields";
import { defaultSubject, SubjectPicker } from "@/components/copies/subject-picker";
import { copiesTexts as t } from "@/lib/copies/messages";

type Kind = "COPY" | "CONFIRMATION";
type Props = { fees: FeeConfig; source: { lookupId: string; recordId: string } | null; populationGrant: boolean };

const Step = ({ n, title, children }: { n: number; title: string; children: React.ReactNode }) => (
  <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`step-${n}`}>
    <h2 id={`step-${n}`} className="mb-3 text-base font-semibold">{n}. {title}</h2>
    {children}
  </section>
);

/** The intake page: the kind of request, then the search, then the requester. Changing the kind starts over. */
export function IntakeForm({ fees, source, populationGrant }: Props) {
  const [kind, setKind] = useState<Kind>("COPY");
  return (
    <div className="flex flex-col gap-5">
      <Step n={1} title={t.intake.kindStep}>
        <fieldset className="flex flex-wrap gap-x-6 gap-y-1">
          <legend className="sr-only">{t.intake.kindStep}</legend>
          {(["COPY", "CONFIRMATION"] as const).map((k) => (
            <Choice key={k} type="radio" name="kindChoice" value={k} label={messages.copies.kinds[k]} checked={kind === k} onChange={() => setKind(k)} />
          ))}
        </fieldset>
        <p className="mt-2 text-sm text-slate-600">
          {t.intake.kindHint[kind]}
        </p>
      </Step>
      <RequestBuilder key={kind} kind={kind} fees={fees} source={source} populationGrant={populationGrant} />
    </div>
  );
}

const refOf = (s: IntakeSearchState) => s.result?.reference ?? (typeof s.values?.reference === "string" && s.values.reference ? s.values.reference : undefined);

function RequestBuilder({ kind, fees, source, populationGrant }: Props & { kind: Kind }) {
  const [selected, setSelected] = useState<LookupResultItem[]>([]);
  // Whom the request is about: chosen by the officer, offered as the person the search found.
  const [subject, setSubject] = useState<string | null>(null);
  const [search, searchAction, searchPending] = useActionState<IntakeSearchState, FormData>(searchForRequestAction, {});
  // The adopted record is chosen as it arrives: the officer came from it to issue a copy of it.
  const [adopt, adoptAction, adoptPending] = useActionState<IntakeSearchState, FormData>(async (prev, data) => {
    const next = await adoptRecordAction(prev, data);
    const item = next.result?.results[0];
    if (item) setSelected((s) => (kind === "COPY" ? [item] : s.some((x) => x.recordId === item.recordId) ? s : [...s, item]));
    return next;
  }, {});
  const [created, createAction, createPending] = useActionState<FormState, FormData>(createRequestAction, {});
  const [transitionPending, startTransition] = useTransition();
  const latest = (adopt.submittedAt ?? 0) > (search.submittedAt ?? 0) ? adopt : search;
  const reference = refOf(latest) ?? refOf(adopt) ?? refOf(search) ?? "";
  // Fields changed since the last submission: their old messages no longer describe what is typed.
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const markEdited = (name: string) => setEdited((e) => (name && !e.has(name) ? new Set(e).add(name) : e));
  const selectedIds = new Set(selected.map((s) => s.recordId));
  const toggle = (item: LookupResultItem) => {
    markEdited("records");
    setSelected((s) => (s.some((x) => x.recordId === item.recordId) ? s.filter((x) => x.recordId !== item.recordId) : kind === "COPY" ? [item] : [...s, item]));
  };
  const run = (action: (d: FormData) => void) => (data: FormData) => startTransition(() => action(data));
  const submitRequest = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setEdited(new Set());
    run(createAction)(new FormData(event.currentTarget));
  };
  const errors = Object.fromEntries(Object.entries(created.fieldErrors ?? {}).filter(([k]) => !edited.has(k)));

  return (
    <>
      <Step n={2} title={t.intake.searchStep[kind]}>
        <div className="flex flex-col gap-4">
          {source && adopt.result ? (
            <p className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900" role="status">{t.intake.adopted(adopt.result.reference)}</p>
          ) : source ? (
            <form action={adoptAction} className="flex flex-wrap items-center gap-3 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm">
              <input type="hidden" name="requestKind" value={kind} />
              <input type="hidden" name="reference" value={reference} />
              <input type="hidden" name="sourceLookupId" value={source.lookupId} />
              <input type="hidden" name="recordId" value={source.recordId} />
              <span>{t.intake.adoptIntro}</span>
              <Button type="submit" disabled={adoptPending || transitionPending}>{adoptPending ? t.intake.adopting : t.intake.adopt}</Button>
            </form>
          ) : null}
          <RecordSearch kind={kind} reference={reference} pending={searchPending} values={search.values ?? {}} errors={search.fieldErrors ?? {}} onSearch={run(searchAction)} />
          <div aria-live="polite" className="flex flex-col gap-3">
            {latest.error ? <Alert tone="error" title={t.intake.searchFailed}>{latest.error}</Alert> : null}
            {latest.result ? <ResultsPicker kind={kind} lookupId={latest.result.lookupId} results={latest.result.results} truncated={latest.result.truncated} selectedIds={selectedIds} onToggle={toggle} /> : null}
          </div>
          <SelectedRecords items={selected} error={errors.records} onRemove={toggle} />
        </div>
      </Step>
      <form onSubmit={submitRequest} onInput={(e) => markEdited((e.target as HTMLInputElement).name)} noValidate aria-label={t.intake.formLabel} className="flex flex-col gap-5">
        <input type="hidden" name="requestKind" value={kind} />
        <input type="hidden" name="reference" value={reference} />
        {selected.map((s) => <input key={s.recordId} type="hidden" name="recordIds" value={s.recordId} />)}
        <Step n={3} title={t.intake.requesterStep}>
          <div className="mb-4">
            <SubjectPicker kind={kind} items={selected} value={subject ?? defaultSubject(selected)} onChange={(v) => { markEdited("subject"); setSubject(v); }} error={errors.subject} />
          </div>
          <RequesterFields kind={kind} fees={fees} values={created.values ?? {}} errors={errors} populationGrant={populationGrant} />
        </Step>
        <div className="flex flex-col gap-3" aria-live="polite">
          {created.error ? <Alert tone="error" title={t.intake.createFailed}>{created.error}</Alert> : null}
          {Object.keys(errors).length > 0 && !created.error ? <Alert tone="warning">{t.intake.checkFields}</Alert> : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="submit" disabled={createPending || transitionPending}>{createPending ? t.intake.creating : t.intake.create}</Button>
            <p className="text-sm text-slate-700">{t.intake.numberedOnCreate}{reference ? <>{t.intake.provisionalReference}<strong>{reference}</strong>)</> : null}.</p>
          </div>
        </div>
      </form>
    </>
  );
}
