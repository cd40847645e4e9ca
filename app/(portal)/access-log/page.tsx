import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listAccessLog, ZAccessLogFilter } from "@/lib/audit/list-access-log";
import { findUnusualUse } from "@/lib/audit/unusual-use";
import { ERROR_KIND_LABELS, OUTCOME_LABELS, PURPOSE_LABELS } from "@/lib/lookups/labels";
import { UnusualUsePanel } from "@/components/lookups/unusual-use-panel";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { ExportPanel } from "@/components/exports/export-panel";
import { ACCESS_OPERATION_LABELS as OPERATIONS, ACCESS_SYSTEM_LABELS as SYSTEMS } from "@/lib/audit/labels";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { formatDateTime } from "@/lib/text/format";
import { messages } from "@/lib/text/messages";
import { adminMessages } from "@/lib/admin/messages";
import { ListTable, PageHeader } from "@/components/ui/list-table";

const t = messages.accessLog;

export const metadata: Metadata = { title: t.title };


export default async function AccessLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("accessLog.read");
  const filter = ZAccessLogFilter.parse(await searchParams);
  const params = { system: filter.system, outcome: filter.outcome, actor: filter.actor };
  const exportQuery = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]))).toString();
  const [{ rows, next, prev }, flags] = await Promise.all([
    listAccessLog(actor, filter),
    actor.role === "PROVINCIAL_OFFICER" ? findUnusualUse(actor) : Promise.resolve(null),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.title} intro={t.intro} />
      {flags ? <UnusualUsePanel flags={flags} /> : null}
      <FilterBar>
        <FilterSelect label={adminMessages.apiClients.system} name="system" value={filter.system} options={SYSTEMS} />
        <FilterSelect label={t.outcome} name="outcome" value={filter.outcome} options={OUTCOME_LABELS} />
        <FilterInput label={t.actor} name="actor" value={filter.actor} />
      </FilterBar>
      <ExportPanel kind="ACCESS_LOG" query={exportQuery} />
      <ListTable minWidth="min-w-[980px]" columns={[<abbr key="chain" title={t.chainTitle} className="no-underline">#</abbr>, t.at, t.actor, t.systemOperation, t.purpose, t.outcome]} isEmpty={rows.length === 0} empty={t.empty}>
        {rows.map((r) => (
          <tr key={`${r.chain}-${r.seq}`} className="border-t border-slate-100 align-top">
            <td className="whitespace-nowrap px-3 py-2 tabular-nums text-slate-600">{r.chain}/{r.seq.toString()}</td>
            <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(r.at)}</td>
            <td className="px-3 py-2">{r.actorLabel}<p className="text-xs text-slate-600">{r.unitCode}{r.ip ? ` · IP ${r.ip}` : ""}</p>{r.requestId ? <p className="break-all text-xs text-slate-500" title={t.requestIdTitle}>{t.requestId(r.requestId)}</p> : null}</td>
            <td className="px-3 py-2">{SYSTEMS[r.system as keyof typeof SYSTEMS] ?? r.system}<p className="text-xs text-slate-600">{OPERATIONS[r.operation] ?? r.operation}</p></td>
            <td className="px-3 py-2">{r.purposeKind ? PURPOSE_LABELS[r.purposeKind as keyof typeof PURPOSE_LABELS] : "—"}{r.purposeRef ? <p className="text-xs text-slate-600">{r.purposeRef}</p> : null}</td>
            <td className="px-3 py-2">{OUTCOME_LABELS[r.outcome as keyof typeof OUTCOME_LABELS] ?? r.outcome}{r.resultCount ? ` (${r.resultCount})` : ""}{r.errorKind ? <p className="text-xs text-red-800">{ERROR_KIND_LABELS[r.errorKind] ?? r.errorKind}</p> : null}</td>
          </tr>
        ))}
      </ListTable>
      <KeysetPager next={next} prev={prev} params={params} shown={rows.length} />
    </div>
  );
}
