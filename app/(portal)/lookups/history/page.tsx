import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listLookups, ZLookupFilter } from "@/lib/lookups/list-lookups";
import { OUTCOME_LABELS, PURPOSE_LABELS, QUERY_KIND_LABELS } from "@/lib/lookups/labels";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { ExportPanel } from "@/components/exports/export-panel";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { formatDateTime } from "@/lib/text/format";
import { ListTable } from "@/components/ui/list-table";
import { lookupsTexts } from "@/lib/lookups/messages";

const t = lookupsTexts.history;
const c = lookupsTexts.common;

export const metadata: Metadata = { title: t.title };

const OUTCOME_STYLE = { FOUND: "text-green-800", NOT_FOUND: "text-slate-700", REFUSED: "text-amber-800", UPSTREAM_FAILURE: "text-red-800" } as const;

export default async function LookupHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("dossier.read");
  const filter = ZLookupFilter.parse(await searchParams);
  const { items, next, prev } = await listLookups(actor, filter);
  const params = { outcome: filter.outcome, unit: filter.unit, from: filter.from, to: filter.to };
  const exportQuery = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const scope = actor.role === "COMMUNE_OFFICER" ? t.scope.own : actor.unitIds.length > 1 ? t.scope.province : t.scope.unit;
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="text-sm text-slate-700">{scope}</p>
      </div>
      <FilterBar>
        <FilterSelect label={t.outcome} name="outcome" value={filter.outcome} options={OUTCOME_LABELS} />
        {actor.unitIds.length > 1 ? <FilterInput label={c.unitCode} name="unit" value={filter.unit} /> : null}
        <FilterInput label={c.from} name="from" value={filter.from} placeholder="dd/MM/yyyy" />
        <FilterInput label={c.to} name="to" value={filter.to} placeholder="dd/MM/yyyy" />
      </FilterBar>
      <ExportPanel kind="LOOKUPS" query={exportQuery} />
      <ListTable
        minWidth="min-w-[860px]"
        columns={[{ label: t.columns.at }, { label: t.columns.actor }, { label: t.columns.purpose }, { label: t.columns.searchBy }, { label: t.columns.outcome }]}
        isEmpty={items.length === 0}
        empty={t.empty}
      >
        {items.map((l) => (
          <tr key={l.id} className="border-t border-slate-100 align-top">
            <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(l.createdAt)}</td>
            <td className="px-3 py-2">{l.user ? t.user(l.user.fullName, l.user.username) : t.system(l.apiClient?.name ?? "—")}<p className="text-xs text-slate-600">{l.unit.name}</p></td>
            <td className="px-3 py-2">{PURPOSE_LABELS[l.purposeKind]}{l.dossier ? <p className="text-xs text-slate-600">{t.dossier(l.dossier.code, l.dossier.procedure.name)}</p> : l.purposeRef ? <p className="text-xs text-slate-600">{l.purposeRef}</p> : null}</td>
            <td className="px-3 py-2">{QUERY_KIND_LABELS[l.queryKind] ?? l.queryKind}</td>
            <td className={`px-3 py-2 font-medium ${OUTCOME_STYLE[l.outcome]}`}>{OUTCOME_LABELS[l.outcome]}{l.outcome === "FOUND" ? ` (${l.resultCount})` : ""}</td>
          </tr>
        ))}
      </ListTable>
      <KeysetPager next={next} prev={prev} params={params} shown={items.length} />
    </div>
  );
}
