/** Past the longest field rule (a report's 5,000 characters): such a value is never echoed back. */
const MAX_ECHO = 6_000;

/** Keys React adds for its own bookkeeping of a server action ($ACTION_ID_…, $ACTION_REF_…). */
const isFrameworkKey = (key: string) => key.startsWith("$");

/**
 * One typed value to show again after a refusal, or "" when it is far over every field's limit
 * (300 KB pasted into a name). React sends an action's previous state with the next submission, so
 * echoing it would double that request, past the server actions' 1 MB limit (a 413 and the error
 * page instead of the field errors). The field then shows empty beside its "tối đa N ký tự" error:
 * cleared, never cut short, so nothing shortened can be sent again unnoticed.
 */
export function echoValue(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.length <= MAX_ECHO ? value : "";
}

export type FormShape = {
  /** Keys that hold several values (checkboxes, multi-selects): arrays, even with one or no value. */
  lists?: readonly string[];
};

/**
 * A form's values to show again after a refusal, so the person keeps what they typed: the first
 * value of each key, or every value for the `lists`; files and React's own keys left out.
 */
export function echoFormValues(form: FormData, shape?: { lists?: undefined }): Record<string, string>;
export function echoFormValues(form: FormData, shape: FormShape): Record<string, string | string[]>;
export function echoFormValues(form: FormData, { lists = [] }: FormShape = {}): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (isFrameworkKey(key)) continue;
    const all = form.getAll(key);
    if (lists.includes(key)) values[key] = all.filter((v) => typeof v === "string").map(echoValue);
    else if (typeof all[0] === "string") values[key] = echoValue(all[0]);
  }
  return values;
}

export type FormObject = Record<string, string | string[] | File>;

/**
 * A form as the object its zod schema parses, nothing shortened: the first value of each key
 * (text, or a file), every text value of the `lists`. React's own keys are left out.
 */
export function formObject(form: FormData, { lists = [] }: FormShape = {}): FormObject {
  const out: FormObject = {};
  for (const key of new Set(form.keys())) {
    if (isFrameworkKey(key)) continue;
    out[key] = lists.includes(key) ? form.getAll(key).filter((v) => typeof v === "string") : (form.get(key) ?? "");
  }
  for (const key of lists) out[key] ??= [];
  return out;
}
