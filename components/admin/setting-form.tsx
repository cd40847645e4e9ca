"use client";

import { useActionState } from "react";
import type { AdminFormState } from "@/lib/admin/users/actions";
import type { SettingField } from "@/lib/admin/settings/fields";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/select";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { adminMessages } from "@/lib/admin/messages";
import { messages } from "@/lib/text/messages";

const t = adminMessages.settingForm;

/** One setting's form; the server validates it with the setting's schema and answers at each field. */
export function SettingForm({ action, fields, initial, version }: {
  action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>;
  fields: (SettingField & { text: string })[];
  initial: Record<string, string>;
  version: number;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const fe = state.fieldErrors ?? {};
  const v = state.values ?? initial;
  return (
    <form action={formAction} noValidate className="grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-2">
      {state.error ? <div className="sm:col-span-2"><Alert tone="error">{state.error}</Alert></div> : null}
      {state.done ? <div className="sm:col-span-2"><Alert tone="success">{state.done}</Alert></div> : null}
      <input type="hidden" name="expectedVersion" value={state.done ? version + 1 : version} />
      {fields.map((f) =>
        f.kind === "lines" || f.kind === "dates" || f.kind === "pairs" ? (
          <TextareaField key={f.path} id={`f-${f.path}`} label={f.label} name={f.path} defaultValue={v[f.path] ?? ""} rows={8} hint={f.hint} error={fe[f.path]} className="sm:col-span-2" />
        ) : (
          <Field key={f.path} id={`f-${f.path}`} label={f.label} name={f.path} defaultValue={v[f.path] ?? ""} inputMode={f.kind === "time" || f.kind === "text" ? "text" : "numeric"} placeholder={f.kind === "time" ? "HH:mm" : undefined} hint={f.hint} error={fe[f.path]} />
        ),
      )}
      <div className="sm:col-span-2"><Button type="submit" disabled={pending}>{pending ? messages.common.saving : t.save}</Button></div>
    </form>
  );
}
