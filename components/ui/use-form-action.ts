"use client";

import { useActionState, useTransition } from "react";

/**
 * A server action driven from onSubmit rather than the form's action attribute, so React does not
 * clear what was typed when the server refuses it; `pending` covers both the action and the transition.
 */
export function useFormAction<S extends object>(action: (prev: Awaited<S>, form: FormData) => Promise<S>, initial: Awaited<S>) {
  const [state, dispatch, actionPending] = useActionState<S, FormData>(action, initial);
  const [transitionPending, startTransition] = useTransition();
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.name) data.set(submitter.name, submitter.value);
    startTransition(() => dispatch(data));
  };
  return { state, submit, pending: actionPending || transitionPending };
}
