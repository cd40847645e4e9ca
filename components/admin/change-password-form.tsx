"use client";

import { useActionState } from "react";
import { changePasswordAction, type AdminFormState } from "@/lib/admin/users/actions";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { adminMessages } from "@/lib/admin/messages";
import { messages } from "@/lib/text/messages";

const t = adminMessages.changePassword;

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<AdminFormState, FormData>(changePasswordAction, {});
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Field label={t.current} name="current" type="password" autoComplete="current-password" required error={fe.current} />
      <Field label={t.next} name="next" type="password" autoComplete="new-password" required error={fe.next} hint={adminMessages.password.rule} />
      <Field label={t.confirm} name="confirm" type="password" autoComplete="new-password" required error={fe.confirm} />
      <Button type="submit" disabled={pending} className="w-full py-2.5">{pending ? messages.common.saving : messages.account.changePasswordTitle}</Button>
    </form>
  );
}
