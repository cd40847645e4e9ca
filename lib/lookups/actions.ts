"use server";

import { headers } from "next/headers";
import { requireActor } from "@/lib/auth/session";
import { roleCan } from "@/lib/auth/permissions";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { todayInVietnam } from "@/lib/dates";
import { AppError } from "@/lib/errors";
import { toActionError } from "@/lib/errors-server";
import { parseLookupForm } from "@/lib/lookups/schemas";
import { searchRecords, type SearchRecordsResult } from "@/lib/lookups/search-records";
import { echoFormValues } from "@/lib/validation/form-values";

export type LookupFormState = {
  result?: SearchRecordsResult;
  error?: string;
  fieldErrors?: Record<string, string>;
  /** The submitted values, so the form keeps what the officer typed. */
  values?: Record<string, string | string[]>;
  submittedAt?: number;
};

const formValues = (form: FormData) => echoFormValues(form, ["replacesPapers", "eventTypes"]);

/** The lookup form: validate → authorise (role; the unit is the officer's own) → searchRecords. */
export async function searchRecordsAction(_prev: LookupFormState, form: FormData): Promise<LookupFormState> {
  const actor = await requireActor();
  const values = formValues(form);
  const submittedAt = Date.now();
  try {
    if (!roleCan(actor.role, "record.lookup") || !actor.unit) throw new AppError("NOT_FOUND");
    const parsed = parseLookupForm(form, todayInVietnam());
    if (!parsed.ok) return { fieldErrors: parsed.fieldErrors, values, submittedAt };
    const { ip } = requestMetaFromHeaders(await headers());
    const result = await searchRecords({ kind: "user", actor, ip }, { ...parsed.value, unitId: actor.unit.id });
    return { result, values, submittedAt };
  } catch (error) {
    return { ...(await toActionError(error)), values, submittedAt };
  }
}
