"use client";

import { useActionState, useState, useTransition } from "react";
import { fileRequestAction, type AgencyFormState } from "@/lib/agency-requests/actions";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { MAX_CSV_BYTES } from "@/lib/agency-requests/parse-people-csv";
import { FORM_ROWS, RECORD_KINDS } from "@/lib/agency-requests/schemas";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Choice, ChoiceGroup, TextareaField } from "@/components/ui/select";
import { agencyTexts } from "@/lib/agency-requests/messages";

const t = agencyTexts.form;

/** Values to start from (re-filing a returned request), as the form's fields spell them. */
export type RequestFormInitial = Record<string, string | string[]>;

const CSV_FIELD = "peopleCsv.lines";

/**
 * The filing form: the official letter, reason and legal basis, kinds of records wanted, the
 * deadline asked for, and the people — typed in rows, or a CSV upload that replaces the rows. The
 * server checks everything again; errors come back at their fields (a CSV's by line number).
 */
export function AgencyRequestForm({ initial, refile }: { initial?: RequestFormInitial; refile?: { id: string; version: number } }) {
  const [state, dispatch, actionPending] = useActionState<AgencyFormState, FormData>(fileRequestAction, {});
  const [transitionPending, startTransition] = useTransition();
  const pending = actionPending || transitionPending;
  const [rows, setRows] = useState(() => Math.max(3, Math.min(FORM_ROWS * 5, countRows(initial))));
  const [csvError, setCsvError] = useState<string | null>(null);
  const values = state.values ?? initial ?? {};
  const v = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : "");
  const fe = state.fieldErrors ?? {};
  const kinds = Array.isArray(values.recordKinds) ? values.recordKinds : [];

  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const file = data.get("peopleCsv");
    if (file instanceof File && file.size > MAX_CSV_BYTES) {
      setCsvError(m.csvTooLarge(MAX_CSV_BYTES / 1024));
      return;
    }
    setCsvError(null);
    startTransition(() => dispatch(data));
  };

  return (
    // key: a new submission re-mounts the fields with the values sent back, so nothing typed is lost.
    <form key={state.submittedAt ?? 0} onSubmit={submit} noValidate className="flex flex-col gap-5" encType="multipart/form-data">
      {refile ? (
        <>
          <input type="hidden" name="id" value={refile.id} />
          <input type="hidden" name="version" value={refile.version} />
        </>
      ) : null}
      {state.error ? <Alert tone="error" title={t.failed}>{state.error}</Alert> : null}

      <fieldset className="grid grid-cols-1 gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">{t.letter}</legend>
        <Field label={t.letterNumber} name="letterNumber" defaultValue={v("letterNumber")} error={fe.letterNumber} placeholder="215/CAT-PC06" required />
        <Field label={t.letterDate} name="letterDate" defaultValue={v("letterDate")} error={fe.letterDate} placeholder="dd/MM/yyyy" inputMode="numeric" required />
        <Field label={t.signerName} name="signerName" defaultValue={v("signerName")} error={fe.signerName} required />
        <Field label={t.signerTitle} name="signerTitle" defaultValue={v("signerTitle")} error={fe.signerTitle} />
        <TextareaField label={t.reason} name="reason" defaultValue={v("reason")} error={fe.reason} rows={3} className="sm:col-span-2" />
        <TextareaField label={t.legalBasis} name="legalBasis" defaultValue={v("legalBasis")} error={fe.legalBasis} rows={2} className="sm:col-span-2" placeholder={t.legalBasisPlaceholder} />
        <ChoiceGroup legend={t.recordKinds} name="recordKinds" error={fe.recordKinds} className="sm:col-span-2">
          <div className="grid grid-cols-2 gap-1.5 sm:grid-cols-4">
            {RECORD_KINDS.map((k) => <Choice key={k} name="recordKinds" value={k} label={EVENT_LABELS[k]} defaultChecked={kinds.includes(k)} />)}
          </div>
        </ChoiceGroup>
        <Field label={t.requestedDue} name="requestedDueOn" defaultValue={v("requestedDueOn")} error={fe.requestedDueOn} placeholder="dd/MM/yyyy" hint={t.requestedDueHint} />
      </fieldset>

      <fieldset className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">{t.people}</legend>
        <p className="text-sm text-slate-700">{t.peopleHint}</p>
        {fe.people ? <p className="text-sm text-red-700" role="alert">{fe.people}</p> : null}
        <div className="overflow-x-auto">
          <table className="w-full min-w-[760px] text-sm">
            <thead className="text-left text-slate-700">
              <tr>
                <th scope="col" className="w-10 py-1">{t.columns.index}</th>
                <th scope="col" className="py-1">{t.columns.personalId}</th>
                <th scope="col" className="py-1">{t.columns.fullName}</th>
                <th scope="col" className="py-1">{t.columns.dateOfBirth}</th>
                <th scope="col" className="py-1">{t.columns.note}</th>
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, i) => (
                <PersonRow key={i} i={i} v={v} error={fe[`person.${i}`]} />
              ))}
            </tbody>
          </table>
        </div>
        <div>
          <Button type="button" variant="secondary" onClick={() => setRows((n) => Math.min(n + 3, FORM_ROWS * 5))} disabled={rows >= FORM_ROWS * 5}>{t.addRows}</Button>
        </div>
        <div className="flex flex-col gap-1 rounded-md border border-dashed border-slate-300 p-3">
          <label htmlFor="f-peopleCsv" className="text-sm font-medium text-slate-800">{t.csv}</label>
          <input id="f-peopleCsv" name="peopleCsv" type="file" accept=".csv,text/csv" aria-describedby="f-peopleCsv-hint" className="text-sm" />
          <p id="f-peopleCsv-hint" className="text-xs text-slate-600">
            {t.csvHintBefore}<code>so_dinh_danh,ho_ten,ngay_sinh,ghi_chu</code>{t.csvHintAfter(MAX_CSV_BYTES / 1024)}
          </p>
          {csvError || fe.peopleCsv ? <p className="text-sm text-red-700" role="alert">{csvError ?? fe.peopleCsv}</p> : null}
          {fe[CSV_FIELD] ? (
            <ul aria-label={t.csvErrors} className="list-disc pl-5 text-sm text-red-700">
              {fe[CSV_FIELD].split("\n").map((line) => <li key={line}>{line}</li>)}
            </ul>
          ) : null}
        </div>
      </fieldset>

      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>{pending ? t.sending : refile ? t.resend : t.send}</Button>
      </div>
    </form>
  );
}

function PersonRow({ i, v, error }: { i: number; v: (k: string) => string; error?: string }) {
  const cell = "w-full rounded-md border bg-white px-2 py-1.5 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-200";
  const border = error ? "border-red-600" : "border-slate-300";
  const n = i + 1;
  return (
    <>
      <tr className="align-top">
        <td className="py-1 pr-2 text-slate-600">{n}</td>
        <td className="py-1 pr-2"><input aria-label={t.cell(t.columns.personalId, n)} name={`personalId.${i}`} defaultValue={v(`personalId.${i}`)} inputMode="numeric" maxLength={14} className={`${cell} ${border}`} aria-invalid={error ? true : undefined} /></td>
        <td className="py-1 pr-2"><input aria-label={t.cell(t.columns.fullName, n)} name={`fullName.${i}`} defaultValue={v(`fullName.${i}`)} maxLength={100} className={`${cell} ${border}`} /></td>
        <td className="py-1 pr-2"><input aria-label={t.cell(t.columns.dateOfBirth, n)} name={`dateOfBirth.${i}`} defaultValue={v(`dateOfBirth.${i}`)} placeholder="dd/MM/yyyy" className={`${cell} ${border}`} /></td>
        <td className="py-1"><input aria-label={t.cell(t.columns.note, n)} name={`note.${i}`} defaultValue={v(`note.${i}`)} maxLength={300} className={`${cell} border-slate-300`} /></td>
      </tr>
      {error ? (
        <tr><td /><td colSpan={4} className="pb-1 text-sm text-red-700" role="alert">{m.csvLine(n, error)}</td></tr>
      ) : null}
    </>
  );
}

function countRows(initial?: RequestFormInitial): number {
  if (!initial) return 3;
  let n = 0;
  for (const key of Object.keys(initial)) {
    const m = /^(?:personalId|fullName)\.(\d+)$/.exec(key);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n + 1;
}
