"use client";

import { useActionState } from "react";
import type { AdminFormState } from "@/lib/admin/users/actions";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { OneTimeSecret } from "@/components/admin/one-time-secret";

type Op = { op: string; label: string; confirm?: string; danger?: boolean };

/** The account's buttons; each asks for confirmation where it cannot be undone quietly. */
export function AccountActions({ action, ops }: { action: (prev: AdminFormState, form: FormData) => Promise<AdminFormState>; ops: Op[] }) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <div className="flex flex-col gap-3">
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      {state.secret ? <OneTimeSecret label={state.done ?? ""} value={state.secret} /> : state.done ? <Alert tone="success">{state.done}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        {ops.map((o) => (
          <form key={o.op} action={formAction} onSubmit={(e) => { if (o.confirm && !window.confirm(o.confirm)) e.preventDefault(); }}>
            <input type="hidden" name="op" value={o.op} />
            <Button type="submit" variant={o.danger ? "danger" : "secondary"} disabled={pending}>{o.label}</Button>
          </form>
        ))}
      </div>
    </div>
  );
}
