"use server";

import { runAction } from "@/lib/actions/form-action";
import { roleCan } from "@/lib/auth/permissions";
import { todayInVietnam } from "@/lib/text/dates";
import { AppError } from "@/lib/errors/app-error";
import { LOOKUP_FORM_LISTS, parseLookupForm } from "@/lib/lookups/schemas";
import { searchRecords, type SearchRecordsResult } from "@/lib/lookups/search-records";

export type LookupFormState = {
  result?: SearchRecordsResult;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** The submitted values, so the form keeps what the officer typed. */
  values?: Record<string, string | string[]>;
  submittedAt?: number;
};

/** The lookup form: validate → authorise (role; the unit is the officer's own) → searchRecords. */
export async function searchRecordsAction(_prev: LookupFormState, form: FormData): Promise<LookupFormState> {
  return runAction({ form, echo: { lists: LOOKUP_FORM_LISTS }, stamp: true }, async ({ actor, meta, values, invalid }) => {
    if (!roleCan(actor.role, "record.lookup") || !actor.unit) throw new AppError("NOT_FOUND");
    const parsed = parseLookupForm(form, todayInVietnam());
    if (!parsed.ok) return invalid(parsed.fieldErrors);
    const result = await searchRecords({ kind: "user", actor, ip: meta.ip }, { ...parsed.value, unitId: actor.unit.id });
    return { result, values };
  });
}
