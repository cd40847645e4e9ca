import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listLookups, ZLookupFilter } from "@/lib/lookups/list-lookups";
import { OUTCOME_LABELS, PURPOSE_LABELS, QUERY_KIND_LABELS } from "@/lib/lookups/labels";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { ExportPanel } from "@/components/exports/export-panel";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Lịch sử tra cứu" };

const OUTCOME_STYLE = { FOUND: "text-green-800", NOT_FOUND: "text-slate-700", REFUSED: "text-amber-800", UPSTREAM_FAILURE: "text-red-800" } as const;

export default async function LookupHistoryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("dossier.read");
  const filter = ZLookupFilter.parse(await searchParams);
  const { items, next, prev } = await listLookups(actor, filter);
  const params = { outcome: filter.outcome, unit: filter.unit, from: filter.from, to: filter.to };
  const exportQuery = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const scope = actor.role === "COMMUNE_OFFICER" ? "Các lượt tra cứu của bạn." : actor.unitIds.length > 1 ? "Các lượt tra cứu của mọi đơn vị trong tỉnh." : "Các lượt tra cứu của đơn vị.";
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Lịch sử tra cứu</h1>
        <p className="text-sm text-slate-700">{scope}</p>
      </div>
      <FilterBar>
        <FilterSelect label="Kết quả" name="outcome" value={filter.outcome} options={OUTCOME_LABELS} />
        {actor.unitIds.length > 1 ? <FilterInput label="Mã đơn vị" name="unit" value={filter.unit} /> : null}
        <FilterInput label="Từ ngày" name="from" value={filter.from} placeholder="dd/MM/yyyy" />
        <FilterInput label="Đến ngày" name="to" value={filter.to} placeholder="dd/MM/yyyy" />
      </FilterBar>
      <ExportPanel kind="LOOKUPS" query={exportQuery} />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[860px] text-sm">
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Thời điểm</th>
              <th scope="col" className="px-3 py-2 font-medium">Người tra cứu</th>
              <th scope="col" className="px-3 py-2 font-medium">Mục đích</th>
              <th scope="col" className="px-3 py-2 font-medium">Tra cứu theo</th>
              <th scope="col" className="px-3 py-2 font-medium">Kết quả</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 ? (
              <tr><td colSpan={5} className="px-3 py-6 text-center text-slate-600">Chưa có lượt tra cứu nào.</td></tr>
            ) : (
              items.map((l) => (
                <tr key={l.id} className="border-t border-slate-100 align-top">
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(l.createdAt)}</td>
                  <td className="px-3 py-2">{l.user ? `${l.user.fullName} (${l.user.username})` : `Hệ thống: ${l.apiClient?.name ?? "—"}`}<p className="text-xs text-slate-600">{l.unit.name}</p></td>
                  <td className="px-3 py-2">{PURPOSE_LABELS[l.purposeKind]}{l.dossier ? <p className="text-xs text-slate-600">Hồ sơ {l.dossier.code} · {l.dossier.procedure.name}</p> : l.purposeRef ? <p className="text-xs text-slate-600">{l.purposeRef}</p> : null}</td>
                  <td className="px-3 py-2">{QUERY_KIND_LABELS[l.queryKind] ?? l.queryKind}</td>
                  <td className={`px-3 py-2 font-medium ${OUTCOME_STYLE[l.outcome]}`}>{OUTCOME_LABELS[l.outcome]}{l.outcome === "FOUND" ? ` (${l.resultCount})` : ""}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <KeysetPager next={next} prev={prev} params={params} shown={items.length} />
    </div>
  );
}
