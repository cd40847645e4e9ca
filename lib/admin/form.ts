import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { hasControlChars } from "@/lib/validation/fields";
import { fieldMessages } from "@/lib/validation/messages";

/** Turns zod issues into one message per field, the first one winning. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** The dotted paths of the strings in a form's values that hold control characters. */
function controlCharPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === "string") return hasControlChars(value, true) ? [path.join(".") || "_"] : [];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => controlCharPaths(v, [...path, k]));
  return [];
}

/**
 * Parses with the schema or throws INVALID_INPUT carrying the field messages (shown at each field).
 * Control characters are refused in every administrative field first (lib/validation/fields.ts): a
 * NUL would otherwise fail the write with an unexpected error.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const bad = controlCharPaths(input);
  if (bad.length) throw new AppError("INVALID_INPUT", { message: "control characters", fieldErrors: Object.fromEntries(bad.map((k) => [k, fieldMessages.control(fieldMessages.labels.field)])) });
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("INVALID_INPUT", { message: "invalid admin form", fieldErrors: fieldErrorsOf(parsed.error) });
  return parsed.data;
}

/** A form's fields as strings (the first value of each), for parsing and for refilling the form. */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of new Set(form.keys())) if (!key.startsWith("$ACTION")) out[key] = String(form.get(key) ?? "");
  return out;
}
