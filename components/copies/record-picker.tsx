"use client";

import type { LookupResultItem } from "@/lib/lookups/result-item";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { MatchSummary } from "@/components/lookups/match-summary";
import { MissingFields } from "@/components/lookups/missing-fields";
import { formatPartialDate } from "@/lib/text/dates";
import { Button } from "@/components/ui/button";
import { copiesTexts as t } from "@/lib/copies/messages";

function Place({ item }: { item: LookupResultItem }) {
  return (
    <>
      <p>{formatPartialDate(item.registeredOn)} · {item.authority}</p>
      <p className="text-xs text-slate-600">{t.picker.now(item.currentUnit ? item.currentUnit.name : t.picker.outsideProvince)}</p>
    </>
  );
}

/** The records a search found, each with a button to take it into the request; each names the person it was found through. */
export function ResultsPicker({ kind, lookupId, results, truncated, selectedIds, onToggle }: {
  kind: string;
  lookupId: string;
  results: LookupResultItem[];
  truncated: boolean;
  selectedIds: ReadonlySet<string>;
  onToggle: (item: LookupResultItem) => void;
}) {
  if (results.length === 0) {
    return (
      <div className="rounded-md border border-slate-200 bg-slate-50 p-4 text-sm" role="status">
        <p className="font-semibold">{t.picker.noneFound}</p>
        <p className="mt-1 text-slate-600">{t.picker.tryOther}</p>
      </div>
    );
  }
  return (
    <section aria-label={t.picker.results} className="overflow-x-auto rounded-md border border-slate-200">
      {truncated ? <p className="border-b border-slate-200 px-3 py-2 text-sm text-amber-800">{t.picker.truncated}</p> : null}
      <table className="w-full min-w-[900px] text-sm">
        <thead className="bg-slate-50 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">{t.picker.columns.event}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t.picker.columns.name}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t.picker.columns.dateOfBirth}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t.picker.columns.registration}</th>
            <th scope="col" className="px-3 py-2 font-medium">{t.picker.columns.match}</th>
            <th scope="col" className="px-3 py-2"><span className="sr-only">{t.picker.columns.choose}</span></th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => {
            const chosen = selectedIds.has(r.recordId);
            return (
              <tr key={r.recordId} className={`border-t border-slate-100 align-top ${chosen ? "bg-brand-50" : ""}`}>
                <td className="px-3 py-2 font-medium">{EVENT_LABELS[r.type]}</td>
                <td className="px-3 py-2">
                  <p className="font-medium">{r.fullName}</p>
                  {r.related ? <p className="text-xs text-slate-600">{r.related}</p> : null}
                </td>
                <td className="px-3 py-2 tabular-nums">{formatPartialDate(r.dateOfBirth)}</td>
                <td className="px-3 py-2"><Place item={r} /></td>
                <td className="max-w-[18rem] px-3 py-2"><MatchSummary item={r} /></td>
                <td className="whitespace-nowrap px-3 py-2 text-right">
                  <a href={`/lookups/${lookupId}/records/${encodeURIComponent(r.recordId)}`} target="_blank" rel="noreferrer" className="mr-3 text-brand-700 underline">{t.view}</a>
                  <Button type="button" variant={chosen ? "secondary" : "primary"} className="px-3 py-1" aria-pressed={chosen} onClick={() => onToggle(r)}>
                    {chosen ? t.picker.unselect : kind === "COPY" ? t.picker.choose.COPY : t.picker.choose.CONFIRMATION}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The records the request will be about, with a way to take each out again. */
export function SelectedRecords({ items, error, onRemove }: { items: LookupResultItem[]; error?: string; onRemove: (item: LookupResultItem) => void }) {
  return (
    <div className="flex flex-col gap-2" aria-describedby={error ? "f-records-error" : undefined}>
      <h3 className="text-sm font-semibold text-slate-800">{t.picker.selectedCount(items.length)}</h3>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t.picker.noneSelected}</p>
      ) : (
        <ul className="flex flex-col gap-2" aria-label={t.picker.selected}>
          {items.map((r) => (
            <li key={r.recordId} className="flex flex-wrap items-start justify-between gap-2 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm">
              <div>
                <p className="font-semibold">{EVENT_LABELS[r.type]}: {r.fullName}{r.matched ? ` (${r.matched.roleLabel})` : ""}</p>
                <div className="text-slate-700"><Place item={r} /></div>
                {!r.currentUnit ? <p className="mt-1 text-xs font-semibold text-amber-800">{t.picker.outsideProvinceNote}</p> : null}
                <MissingFields missing={r.missing} />
              </div>
              <Button type="button" variant="ghost" className="px-2 py-1" onClick={() => onRemove(r)} aria-label={t.picker.removeLabel(EVENT_LABELS[r.type], r.fullName)}>{t.picker.remove}</Button>
            </li>
          ))}
        </ul>
      )}
      {error ? <p id="f-records-error" className="text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}
