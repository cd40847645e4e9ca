/** Past the longest field rule (a report's 5,000 characters): such a value is never echoed back. */
const MAX_ECHO = 6_000;

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

/**
 * A form's values to show again after a refusal, so the person keeps what they typed: the first
 * value of each key, or every value for the `lists` (checkboxes); files and `skip`ped keys left out.
 */
export function echoFormValues(form: FormData, lists: readonly string[] = [], skip: (key: string) => boolean = () => false): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (skip(key)) continue;
    values[key] = lists.includes(key) ? form.getAll(key).map(echoValue) : echoValue(form.get(key));
  }
  return values;
}
