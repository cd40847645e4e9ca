import type { LookupResultItem } from "@/lib/lookups/result-item";
import { LEVEL_LABELS, matchedLine, reasonLabel } from "@/lib/lookups/labels";
import { lookupsTexts } from "@/lib/lookups/messages";

const LEVEL_STYLE = { exact: "bg-green-100 text-green-900", probable: "bg-amber-100 text-amber-900", possible: "bg-slate-200 text-slate-800" } as const;

/**
 * How well a found record agrees with the search, the same on every page that lists results
 * (/lookups, the intake search of /copies/new): the level as a badge, then whom the record was found
 * through and why (matchedLine in lib/lookups/labels.ts), or, when
 * the search named no one (registration keys), the reasons alone.
 */
export function MatchSummary({ item }: { item: Pick<LookupResultItem, "match" | "matched"> }) {
  const { match, matched } = item;
  return (
    <div className="flex flex-col items-start gap-1">
      <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${LEVEL_STYLE[match.level]}`}>{LEVEL_LABELS[match.level]}</span>
      {matched ? (
        <p className="text-xs font-medium text-brand-800">{matchedLine(matched)}</p>
      ) : match.reasons.length ? (
        <p className="text-xs text-slate-700">{lookupsTexts.match.reasons(match.reasons.map((r) => reasonLabel(r)).join(", "))}</p>
      ) : null}
    </div>
  );
}
