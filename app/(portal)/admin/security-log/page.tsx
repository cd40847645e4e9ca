import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listSecurityEvents, ZSecurityEventFilter } from "@/lib/accounts/list-security-events";
import { SECURITY_EVENT_LABELS } from "@/components/admin/security-event-labels";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Pager } from "@/components/ui/pager";
import { formatDateTime, formatCount } from "@/lib/format";
import { messages } from "@/lib/messages";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.securityLog;

export const metadata: Metadata = { title: messages.shell.securityLog };

export default async function SecurityLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("securityLog.read");
  const filter = ZSecurityEventFilter.parse(await searchParams);
  const { rows, total, page, pageCount } = await listSecurityEvents(actor, filter);

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{messages.shell.securityLog}</h1>
        <p className="text-sm text-slate-700">{t.intro}</p>
      </div>
      <FilterBar>
        <FilterSelect label={t.eventType} name="type" value={filter.type} options={SECURITY_EVENT_LABELS} />
        <FilterInput label={messages.signIn.username} name="username" value={filter.username} />
      </FilterBar>
      <p className="text-sm text-slate-700">{t.count(formatCount(total))}</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[720px] text-sm">
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">{t.time}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t.event}</th>
              <th scope="col" className="px-3 py-2 font-medium">{messages.signIn.username}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t.ip}</th>
              <th scope="col" className="px-3 py-2 font-medium">{t.detail}</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-slate-600">{t.empty}</td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(r.at)}</td>
                  <td className="px-3 py-2">{SECURITY_EVENT_LABELS[r.type]}</td>
                  <td className="px-3 py-2">{r.username ?? "—"}</td>
                  <td className="px-3 py-2">{r.ip ?? "—"}</td>
                  <td className="px-3 py-2 text-slate-600">{r.detail ?? ""}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageCount={pageCount} params={{ type: filter.type, username: filter.username }} />
    </div>
  );
}
