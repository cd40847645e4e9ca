"use client";

import { useActionState } from "react";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.procedureForm;

type Procedure = { id?: string; code: string; name: string; sector: string; active: boolean; papers: string[] };

/** One procedure of the catalogue: identity and the papers it asks for. */
export function ProcedureForm({ action, procedure, papers }: { action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>; procedure: Procedure; papers: { code: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const fe = state.fieldErrors ?? {};
  const idp = procedure.id ?? "new";
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 gap-3 sm:grid-cols-[10rem_1fr_12rem]" aria-label={procedure.name || t.new}>
      {state.error ? <div className="sm:col-span-3"><Alert tone="error">{state.error}</Alert></div> : null}
      {state.done ? <div className="sm:col-span-3"><Alert tone="success">{state.done}</Alert></div> : null}
      {procedure.id ? <input type="hidden" name="id" value={procedure.id} /> : null}
      <Field id={`code-${idp}`} label={t.code} name="code" defaultValue={procedure.code} error={fe.code} />
      <Field id={`name-${idp}`} label={t.name} name="name" defaultValue={procedure.name} error={fe.name} />
      <Field id={`sector-${idp}`} label={t.sector} name="sector" defaultValue={procedure.sector} error={fe.sector} />
      <fieldset className="sm:col-span-3">
        <legend className="mb-1 text-sm font-medium">{t.papers}</legend>
        <div className="grid grid-cols-1 gap-1 text-sm md:grid-cols-2">
          {papers.map((p) => (
            <label key={p.code} className="flex items-start gap-2">
              <input type="checkbox" name="papers" value={p.code} defaultChecked={procedure.papers.includes(p.code)} className="mt-1" /> {p.name}
            </label>
          ))}
        </div>
        {fe.papers ? <p className="text-sm text-red-700" role="alert">{fe.papers}</p> : null}
      </fieldset>
      <div className="flex items-center gap-4 sm:col-span-3">
        <label className="flex items-center gap-2 text-sm"><input type="checkbox" name="active" defaultChecked={procedure.active} /> {t.active}</label>
        <Button type="submit" disabled={pending}>{procedure.id ? t.save : t.add}</Button>
      </div>
    </form>
  );
}
