import { z } from "@/lib/validation/zod";
import { isFuturePartial, parseVnDate } from "@/lib/text/dates";
import { zText, type TextRule } from "@/lib/validation/fields";

// Schemas of a form's fields, over the object lib/validation/form-values.ts makes of its FormData:
// each value a string (the first one typed), an array for a multi-value key, a File, or absent. Every
// schema here accepts an absent key (as the empty field it is), so the field's own message is shown.

/** A field's text as typed: a file, or nothing, where text is expected counts as empty. */
export const zFormText = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === "string" ? v : ""));

/** A field as typed, trimmed (choices, codes: checked by their own schema or rule). */
export const zFormTrimmed = zFormText.transform((v) => v.trim());

/** A field checked by its rule (lib/validation/fields.ts): trimmed, refused when too long, never cut short. */
export const zFormField = (rule: TextRule) => zFormText.pipe(zText(rule));

/** An optional field checked by its rule: undefined when left empty. */
export const zOptionalFormField = (rule: TextRule) => zFormField({ ...rule, required: undefined }).transform((v) => v || undefined);

/** A multi-value field's texts (checkboxes), files left out. */
export const zFormList = z.array(zFormText).optional().transform((v) => v ?? []);

export type DateTexts = { required?: string; invalid: string; future: string };

/** A date typed by a person (dd/MM/yyyy, partial when allowed) as ISO, never after `today`. */
export function vnDate(raw: string, today: string, texts: DateTexts, allowPartial = true): { iso?: string; message?: string } {
  const typed = raw.trim();
  if (!typed) return texts.required ? { message: texts.required } : {};
  const iso = parseVnDate(typed, { allowPartial });
  if (!iso) return { message: texts.invalid };
  return isFuturePartial(iso, today) ? { iso, message: texts.future } : { iso };
}

/** A date field: the ISO date, undefined when left empty (refused with `texts.required` when set). */
export const zVnDate = (today: string, texts: DateTexts, allowPartial = true) =>
  zFormText.transform((raw, ctx) => {
    const { iso, message } = vnDate(raw, today, texts, allowPartial);
    if (message) ctx.addIssue({ code: "custom", message });
    return iso;
  });
