"use client";

import { lookupPersonAction, markPersonAction, type AgencyFormState, type LookupState } from "@/lib/agency-requests/actions";
import { agencyMessages as m, agencyTexts } from "@/lib/agency-requests/messages";
import { formatPartialDate } from "@/lib/text/dates";
import { EVENT_LABELS, matchedLine } from "@/lib/lookups/labels";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormAction } from "@/components/ui/use-form-action";

const t = agencyTexts.personCheck;

/**
 * The handler's work on one person: look them up (the request is the purpose, the look is logged),
 * tick the records, and record the outcome — found (records given), ambiguous (candidates) or not
 * found. The server accepts only records this person's own lookup returned.
 */
export function PersonCheck({ agencyRequestId, personId, label }: { agencyRequestId: string; personId: string; label: string }) {
  const lookup = useFormAction<LookupState>(lookupPersonAction, {});
  const mark = useFormAction<AgencyFormState>(markPersonAction, {});
  const results = lookup.state.results;
  return (
    <div className="flex flex-col gap-2" aria-live="polite">
      <form onSubmit={lookup.submit}>
        <input type="hidden" name="requestId" value={agencyRequestId} />
        <input type="hidden" name="personId" value={personId} />
        <Button type="submit" variant="secondary" disabled={lookup.pending} aria-label={t.search(label)}>{lookup.pending ? t.searching : results ? t.searchAgain : t.submit}</Button>
      </form>
      {lookup.state.error ? <Alert tone="error">{lookup.state.error}</Alert> : null}
      {results ? (
        <form onSubmit={mark.submit} className="flex flex-col gap-2" noValidate>
          <input type="hidden" name="requestId" value={agencyRequestId} />
          <input type="hidden" name="personId" value={personId} />
          {results.length === 0 ? (
            <p className="text-sm text-slate-700">{t.noneFound}</p>
          ) : (
            <fieldset className="flex flex-col gap-1.5">
              <legend className="text-sm font-medium">{t.results(results.length)}</legend>
              {results.map((r) => (
                <label key={r.recordId} className="flex items-start gap-2 rounded border border-slate-200 bg-white p-2 text-sm">
                  <input type="checkbox" name="recordIds" value={r.recordId} className="mt-1 h-4 w-4 accent-brand-700" />
                  <span>
                    <span className="font-semibold">{EVENT_LABELS[r.type]}: {r.fullName}</span>
                    {r.dateOfBirth ? <>{t.born(formatPartialDate(r.dateOfBirth))}</> : null}
                    {r.personalId ? <>{t.personalId(r.personalId)}</> : null}
                    {r.matched ? <span className="block text-xs font-medium text-brand-800">{matchedLine(r.matched)}</span> : null}
                    <span className="block text-xs text-slate-600">{r.related ? `${r.related} · ` : ""}{t.registered(formatPartialDate(r.registeredOn), r.authority)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          {mark.state.fieldErrors?.records ? <p className="text-sm text-red-700" role="alert">{mark.state.fieldErrors.records}</p> : null}
          {mark.state.error && !mark.state.fieldErrors?.records ? <Alert tone="error">{mark.state.error}</Alert> : null}
          {mark.state.done ? <Alert tone="success">{mark.state.done}</Alert> : null}
          <div className="flex flex-wrap gap-2">
            {results.length > 0 ? <Button type="submit" name="outcome" value="FOUND" disabled={mark.pending}>{m.outcomes.FOUND}</Button> : null}
            {results.length > 1 ? <Button type="submit" name="outcome" value="AMBIGUOUS" variant="secondary" disabled={mark.pending}>{t.ambiguous}</Button> : null}
            <Button type="submit" name="outcome" value="NOT_FOUND" variant="secondary" disabled={mark.pending}>{m.outcomes.NOT_FOUND}</Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
