"use client";

import { useActionState } from "react";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { OneTimeSecret } from "@/components/admin/one-time-secret";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.apiClientForm;

export function ApiClientForm({ action, scopes }: { action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>; scopes: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  const fe = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="grid grid-cols-1 items-start gap-3 sm:grid-cols-[1fr_1fr_auto]">
      {state.secret ? <div className="sm:col-span-3"><OneTimeSecret label={state.done ?? ""} value={state.secret} /></div> : null}
      {state.error ? <div className="sm:col-span-3"><Alert tone="error">{state.error}</Alert></div> : null}
      <Field label={t.name} name="name" defaultValue={state.secret ? "" : state.values?.name} error={fe.name} placeholder={t.namePlaceholder} />
      <SelectField label={t.scope} name="scopeUnitId" defaultValue={state.secret ? "" : state.values?.scopeUnitId} error={fe.scopeUnitId}>
        <option value="">{t.pickScope}</option>
        {scopes.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </SelectField>
      <Button type="submit" disabled={pending} className="sm:mt-6">{t.create}</Button>
    </form>
  );
}
