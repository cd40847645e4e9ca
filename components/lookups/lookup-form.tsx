"use client";

import { useState } from "react";
import { searchRecordsAction, type LookupFormState } from "@/lib/lookups/actions";
import type { ProcedureOption } from "@/lib/lookups/list-procedures";
import { lookupsTexts } from "@/lib/lookups/messages";
import { Field } from "@/components/ui/field";
import { SelectField, TextareaField, ChoiceGroup, Choice } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ResultsTable } from "@/components/lookups/results-table";
import { useFormAction } from "@/components/ui/use-form-action";
import { EVENT_TYPES, EventTypeChoice, SearchByChoice, SearchKeyFields, type SearchBy } from "@/components/lookups/search-fields";

const t = lookupsTexts.form;
const c = lookupsTexts.common;

/** Purpose first, then the search: the form refuses to search without a stated purpose. */
export function LookupForm({ procedures }: { procedures: ProcedureOption[] }) {
  // Submitting through onSubmit (not the form's action prop) keeps what the officer typed: React
  // resets a form after an action, which would silently clear the procedure and the search mode
  // while the page still shows them, and the next search would go out without them.
  const { state, submit, pending } = useFormAction<LookupFormState>(searchRecordsAction, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const str = (k: string) => (typeof v[k] === "string" ? (v[k] as string) : "");
  const list = (k: string) => (Array.isArray(v[k]) ? (v[k] as string[]) : []);

  const [purposeKind, setPurposeKind] = useState(str("purposeKind") || "DOSSIER");
  const [procedureCode, setProcedureCode] = useState(str("procedureCode"));
  const [searchBy, setSearchBy] = useState<SearchBy>((str("searchBy") as SearchBy) || "personalId");
  const procedure = procedures.find((p) => p.code === procedureCode);
  const sectors = [...new Set(procedures.map((p) => p.sector))];
  const checkedTypes = v.eventTypes ? list("eventTypes") : EVENT_TYPES;

  return (
    <div className="flex flex-col gap-5">
      <form onSubmit={submit} noValidate className="flex flex-col gap-5" aria-label={t.label}>
        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-3 text-base font-semibold">{t.purposeStep}</h2>
          <ChoiceGroup legend={t.purposeLegend} name="purposeKind" error={e.purposeKind}>
            <div className="flex flex-wrap gap-x-6 gap-y-1">
              <Choice type="radio" name="purposeKind" value="DOSSIER" label={t.purposeDossier} checked={purposeKind === "DOSSIER"} onChange={() => setPurposeKind("DOSSIER")} />
              <Choice type="radio" name="purposeKind" value="OTHER" label={t.purposeOther} checked={purposeKind === "OTHER"} onChange={() => setPurposeKind("OTHER")} />
            </div>
          </ChoiceGroup>
          {purposeKind === "DOSSIER" ? (
            <div key="dossier" className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-[24rem_minmax(0,1fr)]">
              {/* Wide enough for the longest code format of the public-service portal (000.00.12.H29-251128-0001, 25 characters) and then some. */}
              <Field label={t.dossierCode} name="dossierCode" defaultValue={str("dossierCode")} error={e.dossierCode} placeholder={t.dossierCodePlaceholder} autoComplete="off" maxLength={50} spellCheck={false} />
              <SelectField className="min-w-0" label={t.procedure} name="procedureCode" value={procedureCode} onChange={(ev) => setProcedureCode(ev.target.value)} error={e.procedureCode}>
                <option value="">{t.chooseProcedure}</option>
                {sectors.map((sector) => (
                  <optgroup key={sector} label={sector}>
                    {procedures.filter((p) => p.sector === sector).map((p) => (
                      <option key={p.code} value={p.code}>
                        {p.code} · {p.name}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </SelectField>
              <ChoiceGroup legend={t.papers} name="replacesPapers" error={e.replacesPapers} className="md:col-span-2">
                {procedure ? (
                  procedure.papers.map((p) => <Choice key={p.code} name="replacesPapers" value={p.code} label={p.name} defaultChecked={list("replacesPapers").includes(p.code)} />)
                ) : (
                  <p className="text-sm text-slate-600">{t.papersHint}</p>
                )}
              </ChoiceGroup>
            </div>
          ) : (
            <div key="other" className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2">
              <TextareaField label={t.description} name="description" defaultValue={str("description")} error={e.description} />
              <TextareaField label={t.legalBasis} name="legalBasis" defaultValue={str("legalBasis")} error={e.legalBasis} placeholder={t.legalBasisPlaceholder} />
            </div>
          )}
        </section>

        <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 className="mb-3 text-base font-semibold">{t.searchStep}</h2>
          <SearchByChoice value={searchBy} onChange={setSearchBy} error={e.searchBy} />
          <SearchKeyFields searchBy={searchBy} variant="lookup" value={str} errors={e} className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-3" />
          <EventTypeChoice checked={checkedTypes} error={e.eventTypes} className="mt-4" />
        </section>

        <div className="flex items-center gap-3">
          <Button type="submit" disabled={pending}>
            {pending ? c.searching : t.submit}
          </Button>
          <p className="text-sm text-slate-600">{t.logged}</p>
        </div>
      </form>

      <div aria-live="polite">
        {state.error ? <Alert tone="error" title={c.searchFailed}>{state.error}</Alert> : null}
        {state.fieldErrors && Object.keys(state.fieldErrors).length && !state.error ? (
          <Alert tone="warning">{c.checkFields}</Alert>
        ) : null}
        {state.result ? <ResultsTable lookupId={state.result.lookupId} results={state.result.results} truncated={state.result.truncated} /> : null}
      </div>
    </div>
  );
}
