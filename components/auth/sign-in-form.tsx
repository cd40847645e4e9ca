"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/auth/actions";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { messages } from "@/lib/text/messages";
import { SecondStepFields } from "@/components/auth/second-step-fields";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const step = state.step ?? "password";
  return (
    <form action={action} noValidate className="flex flex-col gap-4" aria-describedby={state.error ? "sign-in-error" : undefined}>
      {state.error ? (
        <div id="sign-in-error">
          <Alert tone={state.tone ?? "error"}>{state.error}</Alert>
        </div>
      ) : null}
      <input type="hidden" name="step" value={step} />
      <input type="hidden" name="callbackUrl" value={state.callbackUrl ?? callbackUrl ?? ""} />
      {step === "password" ? (
        <>
          <Field
            label={messages.signIn.username}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            required
            defaultValue={state.username}
            error={state.fieldErrors?.username}
          />
          <Field
            label={messages.signIn.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            error={state.fieldErrors?.password}
          />
          <Button type="submit" disabled={pending} className="mt-2 w-full py-2.5">
            {pending ? messages.signIn.submitting : messages.signIn.submit}
          </Button>
        </>
      ) : (
        <SecondStepFields state={state} pending={pending} />
      )}
    </form>
  );
}
