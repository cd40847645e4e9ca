import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listAdminAudit, ZAdminAuditFilter } from "@/lib/admin/list-admin-audit";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Pager } from "@/components/ui/pager";
import { JsonDiff } from "@/components/admin/json-diff";
import { formatCount, formatDateTime } from "@/lib/text/format";
import { adminMessages } from "@/lib/admin/messages";
import { PageHeader } from "@/components/ui/list-table";

const t = adminMessages.audit;

export const metadata: Metadata = { title: t.title };

const TARGETS = t.targets;

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("securityLog.read");
  const filter = ZAdminAuditFilter.parse(await searchParams);
  const { rows, total, page, pageCount } = await listAdminAudit(actor, filter);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.title} intro={t.intro} />
      <FilterBar>
        <FilterSelect label={t.target} name="targetType" value={filter.targetType} options={TARGETS} />
        <FilterInput label={t.actor} name="actor" value={filter.actor} />
      </FilterBar>
      <p className="text-sm text-slate-700">{t.count(formatCount(total))}</p>
      <ul className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {rows.length === 0 ? <li className="px-4 py-6 text-center text-sm text-slate-600">{t.empty}</li> : rows.map((r) => (
          <li key={String(r.id)} className="px-4 py-2 text-sm">
            <p>
              <span className="tabular-nums text-slate-600">{formatDateTime(r.at)}</span> · <span className="font-medium">{r.actorUsername}</span> ·{" "}
              <code className="rounded bg-slate-100 px-1">{r.action}</code> · {TARGETS[r.targetType as keyof typeof TARGETS] ?? r.targetType} <span className="font-mono text-xs text-slate-500">{r.targetId}</span>
            </p>
            <JsonDiff before={r.before} after={r.after} />
          </li>
        ))}
      </ul>
      <Pager page={page} pageCount={pageCount} params={{ targetType: filter.targetType, actor: filter.actor }} />
    </div>
  );
}
