import Link from "next/link";
import type { LookupResultItem } from "@/lib/lookups/result-item";
import { EVENT_LABELS, ORIGIN_LABELS, QUALITY_LABELS } from "@/lib/lookups/labels";
import { MatchSummary } from "@/components/lookups/match-summary";
import { formatPartialDate } from "@/lib/text/dates";
import { lookupsTexts } from "@/lib/lookups/messages";

const t = lookupsTexts.results;
const c = lookupsTexts.common;
const col = lookupsTexts.columns;

/**
 * The results of one lookup; each row opens the record under the same lookup (and purpose). A row
 * shows the person the search was about — for a marriage found through the wife, the wife — and
 * says so (MatchSummary, as the intake search does), with the record's other people beneath.
 */
export function ResultsTable({ lookupId, results, truncated }: { lookupId: string; results: LookupResultItem[]; truncated: boolean }) {
  if (results.length === 0) {
    return (
      <div className="rounded-lg border border-slate-200 bg-white p-6 text-center" role="status">
        <p className="font-semibold">{t.noneFound}</p>
        <p className="mt-1 text-sm text-slate-600">{t.tryOther}</p>
      </div>
    );
  }
  return (
    <section aria-label={c.results} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <header className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-3">
        <h2 className="text-base font-semibold">{t.count(results.length)}</h2>
        {truncated ? <p className="text-sm text-amber-800">{c.truncated}</p> : null}
      </header>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[900px] text-sm">
          <thead className="bg-slate-50 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{col.event}</th>
              <th scope="col" className="px-3 py-2 font-medium">{col.name}</th>
              <th scope="col" className="px-3 py-2 font-medium">{col.personalId}</th>
              <th scope="col" className="px-3 py-2 font-medium">{col.dateOfBirth}</th>
              <th scope="col" className="px-3 py-2 font-medium">{col.registration}</th>
              <th scope="col" className="px-3 py-2 font-medium">{col.match}</th>
              <th scope="col" className="px-3 py-2"><span className="sr-only">{col.open}</span></th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => (
              <tr key={r.recordId} className="border-t border-slate-100 align-top">
                <td className="px-3 py-2">
                  <p className="font-medium">{EVENT_LABELS[r.type]}</p>
                  <p className="text-xs text-slate-600">{ORIGIN_LABELS[r.origin]} · {QUALITY_LABELS[r.quality]}</p>
                </td>
                <td className="px-3 py-2">
                  <p className="font-medium">{r.fullName}</p>
                  {r.related ? <p className="text-xs text-slate-600">{r.related}</p> : null}
                </td>
                <td className="px-3 py-2 tabular-nums">{r.personalId ?? <span className="text-slate-500">{t.noPersonalId}</span>}</td>
                <td className="px-3 py-2 tabular-nums">{formatPartialDate(r.dateOfBirth)}</td>
                <td className="px-3 py-2">
                  <p>{formatPartialDate(r.registeredOn)} · {r.authority}</p>
                  <p className="text-xs text-slate-600">{c.now(r.currentUnit ? r.currentUnit.name : c.outsideProvince)}</p>
                </td>
                <td className="max-w-[18rem] px-3 py-2"><MatchSummary item={r} /></td>
                <td className="px-3 py-2">
                  <Link href={`/lookups/${lookupId}/records/${encodeURIComponent(r.recordId)}`} className="font-medium text-brand-700 underline">
                    {c.view}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
