"use client";

import { useActionState } from "react";
import { changePasswordAction, type AdminFormState } from "@/lib/admin/users/actions";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { adminMessages } from "@/lib/admin/messages";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState<AdminFormState, FormData>(changePasswordAction, {});
  const fe = state.fieldErrors ?? {};
  return (
    <form action={action} noValidate className="flex flex-col gap-4">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      <Field label="Mật khẩu hiện tại" name="current" type="password" autoComplete="current-password" required error={fe.current} />
      <Field label="Mật khẩu mới" name="next" type="password" autoComplete="new-password" required error={fe.next} hint={adminMessages.password.rule} />
      <Field label="Nhập lại mật khẩu mới" name="confirm" type="password" autoComplete="new-password" required error={fe.confirm} />
      <Button type="submit" disabled={pending} className="w-full py-2.5">{pending ? "Đang lưu…" : "Đổi mật khẩu"}</Button>
    </form>
  );
}
