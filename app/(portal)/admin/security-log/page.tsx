import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listSecurityEvents, ZSecurityEventFilter } from "@/lib/accounts/list-security-events";
import { SECURITY_EVENT_LABELS } from "@/components/admin/security-event-labels";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Pager } from "@/components/ui/pager";
import { formatDateTime, formatCount } from "@/lib/text/format";
import { messages } from "@/lib/text/messages";
import { adminMessages } from "@/lib/admin/messages";
import { ListTable, PageHeader } from "@/components/ui/list-table";

const t = adminMessages.securityLog;

export const metadata: Metadata = { title: messages.shell.securityLog };

export default async function SecurityLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("securityLog.read");
  const filter = ZSecurityEventFilter.parse(await searchParams);
  const { rows, total, page, pageCount } = await listSecurityEvents(actor, filter);

  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={messages.shell.securityLog} intro={t.intro} />
      <FilterBar>
        <FilterSelect label={t.eventType} name="type" value={filter.type} options={SECURITY_EVENT_LABELS} />
        <FilterInput label={messages.signIn.username} name="username" value={filter.username} />
      </FilterBar>
      <p className="text-sm text-slate-700">{t.count(formatCount(total))}</p>
      <ListTable minWidth="min-w-[720px]" columns={[t.time, t.event, messages.signIn.username, t.ip, t.detail]} isEmpty={rows.length === 0} empty={t.empty}>
        {rows.map((r) => (
          <tr key={r.id} className="border-t border-slate-100">
            <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(r.at)}</td>
            <td className="px-3 py-2">{SECURITY_EVENT_LABELS[r.type]}</td>
            <td className="px-3 py-2">{r.username ?? "—"}</td>
            <td className="px-3 py-2">{r.ip ?? "—"}</td>
            <td className="px-3 py-2 text-slate-600">{r.detail ?? ""}</td>
          </tr>
        ))}
      </ListTable>
      <Pager page={page} pageCount={pageCount} params={{ type: filter.type, username: filter.username }} />
    </div>
  );
}
