"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { Field } from "@/components/ui/field";
import { SelectField } from "@/components/ui/select";
import { Button, buttonClass } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { OneTimeSecret } from "@/components/admin/one-time-secret";
import { messages } from "@/lib/text/messages";
import { ROLES } from "@/lib/auth/roles";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.userForm;

type Option = { id: string; name: string };
type Defaults = Record<string, string | null | undefined>;

/** Create or edit an account. Agency users pick an agency; everyone else a unit and a reach. */
export function UserForm({ action, defaults, units, agencies, isNew }: {
  action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>;
  defaults: Defaults;
  units: Option[];
  agencies: Option[];
  isNew: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const v = { ...defaults, ...state.values };
  const [role, setRole] = useState(v.role ?? "COMMUNE_OFFICER");
  const fe = state.fieldErrors ?? {};
  if (isNew && state.secret && state.done) {
    return (
      <div className="flex flex-col gap-3">
        <Alert tone="success">{t.created}</Alert>
        <OneTimeSecret label={t.temporaryPassword} value={state.secret} />
        <Link href={`/admin/users/${state.done}`} className={buttonClass("secondary", "self-start")}>{t.view}</Link>
      </div>
    );
  }
  return (
    <form action={formAction} noValidate className="grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-2">
      {state.error ? <div className="sm:col-span-2"><Alert tone="error">{state.error}</Alert></div> : null}
      {state.done && !isNew ? <div className="sm:col-span-2"><Alert tone="success">{state.done}</Alert></div> : null}
      <Field label={messages.signIn.username} name="username" defaultValue={v.username ?? ""} readOnly={!isNew} required error={fe.username} autoCapitalize="none" spellCheck={false} />
      <Field label={adminMessages.users.fullName} name="fullName" defaultValue={v.fullName ?? ""} required error={fe.fullName} />
      <Field label={t.jobTitle} name="title" defaultValue={v.title ?? ""} error={fe.title} />
      <SelectField label={adminMessages.users.role} name="role" value={role} onChange={(e) => setRole(e.target.value)} error={fe.role}>
        {ROLES.map((r) => <option key={r} value={r}>{messages.roles[r]}</option>)}
      </SelectField>
      {role === "AGENCY_USER" ? (
        <SelectField label={t.agency} name="agencyId" defaultValue={v.agencyId ?? ""} error={fe.agencyId}>
          <option value="">{t.pickAgency}</option>
          {agencies.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </SelectField>
      ) : (
        <>
          <SelectField label={t.unit} name="unitId" defaultValue={v.unitId ?? ""} error={fe.unitId}>
            <option value="">{t.pickUnit}</option>
            {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
          </SelectField>
          <SelectField label={adminMessages.user.jurisdiction} name="reach" defaultValue={v.reach ?? "unit"} error={fe.reach}>
            <option value="unit">{t.unit}</option>
            <option value="province">{t.province}</option>
          </SelectField>
        </>
      )}
      <Field label={t.email} name="email" type="email" defaultValue={v.email ?? ""} error={fe.email} />
      <Field label={t.phone} name="phone" defaultValue={v.phone ?? ""} error={fe.phone} />
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={pending}>{pending ? messages.common.saving : isNew ? adminMessages.newUser.title : t.save}</Button>
        <Link href="/admin/users" className={buttonClass("secondary")}>{t.backToList}</Link>
      </div>
    </form>
  );
}
