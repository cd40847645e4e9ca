import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { hasControlChars, type FieldErrors } from "@/lib/validation/fields";
import { fieldMessages } from "@/lib/validation/messages";

/** What a form's parse gives: the value, or one message per field. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

/** How a field is named: its dotted path ("people.3.name"), or the form's field it is in ("people"). */
export type FieldKeys = { byTopField?: boolean };

/** Turns zod issues into one message per field, the first one winning. */
export function fieldErrorsOf(error: z.ZodError, { byTopField = false }: FieldKeys = {}): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = (byTopField ? issue.path.slice(0, 1) : issue.path).map(String).join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** The dotted paths of the strings in a form's values that hold control characters. */
function controlCharPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return hasControlChars(value, true) ? [path.join(".") || "_"] : [];
  if (value && typeof value === "object" && !(value instanceof Blob)) return Object.entries(value).flatMap(([k, v]) => controlCharPaths(v, [...path, k]));
  return [];
}

/** Parses with the schema: the value, or the first message of each field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, keys?: FieldKeys): ParseResult<z.output<S>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error, keys) };
}

/**
 * Parses with the schema or throws INVALID_INPUT carrying the field messages (shown at each field).
 * Control characters are refused in every administrative field first (lib/validation/fields.ts): a
 * NUL would otherwise fail the write with an unexpected error.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const bad = controlCharPaths(input);
  if (bad.length) throw new AppError("INVALID_INPUT", { message: "control characters", fieldErrors: Object.fromEntries(bad.map((k) => [k, fieldMessages.control(fieldMessages.labels.field)])) });
  const parsed = parseWith(schema, input);
  if (!parsed.ok) throw new AppError("INVALID_INPUT", { message: "invalid admin form", fieldErrors: parsed.fieldErrors });
  return parsed.value;
}
