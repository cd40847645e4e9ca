import type { z } from "zod";
import { AppError } from "@/lib/errors";

/** Turns zod issues into one message per field, the first one winning. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

/** Parses with the schema or throws INVALID_INPUT carrying the field messages (shown at each field). */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
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
