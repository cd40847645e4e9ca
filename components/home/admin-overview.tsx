import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { AccountOverview } from "@/lib/accounts/get-account-overview";
import { formatDateTime, formatCount } from "@/lib/text/format";
import { messages } from "@/lib/text/messages";
import { SECURITY_EVENT_LABELS } from "@/components/admin/security-event-labels";
import { adminMessages } from "@/lib/admin/messages";
import { homeMessages } from "@/lib/home/messages";

const t = homeMessages.adminOverview;

export function AdminOverview({ overview }: { overview: AccountOverview }) {
  return (
    <>
      <Card title={t.byRole}>
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-slate-600">
              <th scope="col" className="py-1 font-medium">{adminMessages.users.role}</th>
              <th scope="col" className="py-1 text-right font-medium">{adminMessages.users.statusFilter.active}</th>
              <th scope="col" className="py-1 text-right font-medium">{adminMessages.users.statusFilter.inactive}</th>
            </tr>
          </thead>
          <tbody>
            {overview.byRole.map((r) => (
              <tr key={r.role} className="border-t border-slate-100">
                <td className="py-1.5">{messages.roles[r.role]}</td>
                <td className="py-1.5 text-right tabular-nums">{formatCount(r.active)}</td>
                <td className="py-1.5 text-right tabular-nums">{formatCount(r.inactive)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={t.locked}>
        {overview.locked.length === 0 ? (
          <p className="text-sm text-slate-600">{t.noneLocked}</p>
        ) : (
          <ul className="text-sm">
            {overview.locked.map((u) => (
              <li key={u.id} className="py-1">
                <span className="font-medium">{u.fullName}</span> ({u.username}){t.lockedUntil(formatDateTime(u.lockedUntil))}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t.recentEvents} className="lg:col-span-2" action={<Link href="/admin/security-log" className="text-sm font-medium text-brand-700 underline">{t.seeAll}</Link>}>
        <ul className="divide-y divide-slate-100 text-sm">
          {overview.recentEvents.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-3 py-1.5">
              <span className="tabular-nums text-slate-600">{formatDateTime(e.at)}</span>
              <span className="font-medium">{SECURITY_EVENT_LABELS[e.type as keyof typeof SECURITY_EVENT_LABELS] ?? e.type}</span>
              <span>{e.username ?? "—"}</span>
              <span className="text-slate-600">{e.ip ?? ""}</span>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
