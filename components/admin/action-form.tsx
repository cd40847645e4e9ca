"use client";

import { useActionState } from "react";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { Alert } from "@/components/ui/alert";
import { OneTimeSecret } from "@/components/admin/one-time-secret";

/**
 * A small form bound to a server action (a button, a row's action): its result — message, error,
 * one-time secret — shown with it. Forms with field errors have their own component.
 */
export function ActionForm({ action, className = "", confirm, children }: {
  action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>;
  className?: string;
  confirm?: string;
  children: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} noValidate className={className} aria-busy={pending} onSubmit={(e) => { if (confirm && !window.confirm(confirm)) e.preventDefault(); }}>
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      {state.secret ? <OneTimeSecret label={state.done ?? ""} value={state.secret} /> : state.done ? <Alert tone="success">{state.done}</Alert> : null}
      <fieldset disabled={pending} className="contents">{children}</fieldset>
    </form>
  );
}
