import "server-only";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { requirePermission } from "@/lib/auth/guards";
import type { Action } from "@/lib/auth/permissions";
import { requestMetaFromHeaders, type RequestMeta } from "@/lib/auth/security-log";
import { requireActor } from "@/lib/auth/session";
import { toActionError } from "@/lib/errors/to-action-error";
import type { FieldErrors } from "@/lib/validation/fields";
import { echoFormValues, formObject, type FormObject, type FormShape } from "@/lib/validation/form-values";
import { parseWith, type FieldKeys } from "@/lib/validation/parse";
import "@/lib/validation/zod";
import { runWithRequestId } from "@/lib/http/request-context";
import { requestIdOf } from "@/lib/http/incoming-request-id";

/** Who is calling, read once per action: address, browser and the request id the proxy assigned. */
export type ActionMeta = RequestMeta & { requestId: string | null };

/** What every action state may carry; each action's own state type adds its results. */
export type ActionState = {
  error?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string | string[]>;
  submittedAt?: number;
};

export type ActionOptions = {
  /** The role check of the permission map; a role without it gets the not-found page, as the page itself. */
  permission?: Action;
  /** The change-password form is the one action a person with a temporary password may use. */
  allowPendingPasswordChange?: boolean;
  /** The submitted form (absent for a button's action called with bound arguments only). */
  form?: FormData;
  /** Echo the form's values on a refusal, so the form refills (`lists`: the multi-value keys). */
  echo?: boolean | FormShape;
  /** The multi-value keys of `input`, when nothing is echoed. */
  lists?: readonly string[];
  /** Stamp every state with the time it was made, so a form can tell a new answer from the last. */
  stamp?: boolean;
};

export type ActionContext = {
  actor: Actor;
  meta: ActionMeta;
  /** The form as an object for a schema (lists as arrays), nothing shortened. */
  input: FormObject;
  /** A text field as typed ("" when absent, or a file), nothing shortened. */
  text(key: string): string;
  /** Every single-value text field as typed, for a use case that parses the whole form itself. */
  texts(): Record<string, string>;
  /** The values echoed back after a refusal (empty when the action echoes none). */
  values: Record<string, string | string[]>;
  /** Parses `input` (or `from`) with the schema, or ends the action with its messages at the fields. */
  parse<S extends z.ZodType>(schema: S, from?: unknown, keys?: FieldKeys): z.output<S>;
  /** Ends the action with these messages at their fields (and the values echoed). */
  invalid(fieldErrors: FieldErrors): never;
};

/** Thrown by `parse` and `invalid`: a form refused at its fields, not an error to log or to banner. */
class FieldRefusal {
  constructor(readonly fieldErrors: FieldErrors) {}
}

async function requestMeta(): Promise<ActionMeta> {
  const list = await headers();
  return { ...requestMetaFromHeaders(list), requestId: requestIdOf(list) };
}

/**
 * Runs one server action: the actor (and the permission), the request's metadata, then `run`. A
 * refusal at the fields returns the field messages; an AppError its Vietnamese message; anything
 * unexpected one generic message with a correlation id (lib/errors/to-action-error.ts). Next's redirect()
 * and notFound() pass through, so a use case's success may redirect from inside `run`.
 */
export async function runAction<S extends ActionState>(options: ActionOptions, run: (ctx: ActionContext) => Promise<NoInfer<S>>): Promise<S> {
  const actor = options.permission ? await requirePermission(options.permission) : await requireActor({ allowPendingPasswordChange: options.allowPendingPasswordChange });
  const form = options.form ?? new FormData();
  const echo = options.echo === true ? {} : options.echo || null;
  const values = echo ? echoFormValues(form, echo) : {};
  const stamped = (state: ActionState): S => ({ ...state, ...(options.stamp ? { submittedAt: Date.now() } : {}) }) as S;
  const withValues = (state: ActionState) => stamped(echo ? { ...state, values } : state);
  const meta = await requestMeta();
  const ctx: ActionContext = {
    actor,
    meta,
    input: formObject(form, { lists: (echo && echo.lists) || options.lists }),
    values,
    text: (key) => {
      const value = ctx.input[key];
      return typeof value === "string" ? value : "";
    },
    texts: () => Object.fromEntries(Object.keys(ctx.input).flatMap((key) => (typeof ctx.input[key] === "string" ? [[key, ctx.input[key]]] : []))),
    parse(schema, from, keys) {
      const parsed = parseWith(schema, from === undefined ? ctx.input : from, keys);
      if (!parsed.ok) throw new FieldRefusal(parsed.fieldErrors);
      return parsed.value;
    },
    invalid(fieldErrors) {
      throw new FieldRefusal(fieldErrors);
    },
  };
  try {
    // Under the request's id, so the access-log rows and national-system calls of `run` carry it.
    return stamped(await (meta.requestId ? runWithRequestId(meta.requestId, () => run(ctx)) : run(ctx)));
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof FieldRefusal) return withValues({ fieldErrors: error.fieldErrors });
    return withValues(await toActionError(error));
  }
}
