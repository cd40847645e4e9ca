import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { formatDateTime, formatCount } from "@/lib/text/format";
import { agencyRequestReminders, listAgencyRequests } from "@/lib/agency-requests/list-agency-requests";
import { AgencyStatusBadge, DueFlagBadge } from "@/components/agency-requests/badges";
import { Card } from "@/components/ui/card";
import { homeMessages } from "@/lib/home/messages";

const t = homeMessages.agencyRequests;

/**
 * Home-page card of agency data requests: for an agency user its latest requests and their status;
 * for the provincial Department of Justice and handlers a reminder of open requests that are overdue or due soon.
 */
export async function AgencyRequestsCard({ actor }: { actor: Actor }) {
  if (actor.role === "AGENCY_USER") {
    const list = await listAgencyRequests(actor, {});
    return (
      <Card title={t.title} action={<Link href="/agency-requests/new" className="text-sm text-brand-700 underline">{t.newRequest}</Link>}>
        {list.items.length === 0 ? (
          <p className="text-sm text-slate-700">{t.none}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {list.items.slice(0, 6).map((r) => (
              <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/agency-requests/${r.id}`} className="font-medium text-brand-700 underline">{r.code}</Link>
                <span className="text-slate-700">{t.letter(r.letterNumber)}</span>
                <span className="flex gap-1"><AgencyStatusBadge status={r.status} /><DueFlagBadge flag={r.flag} /></span>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-xs text-slate-600"><Link href="/agency-requests" className="underline">{t.all(formatCount(list.total))}</Link></p>
      </Card>
    );
  }
  if (!roleCan(actor.role, "agencyRequest.handle")) return null;
  const reminders = await agencyRequestReminders(actor);
  return (
    <Card title={t.handlerTitle} action={<Link href="/agency-requests" className="text-sm text-brand-700 underline">{homeMessages.adminOverview.seeAll}</Link>}>
      <p className="text-sm text-slate-700">
        {t.open} <strong>{formatCount(reminders.open)}</strong> · <Link href="/agency-requests?flag=dueSoon" className="underline">{t.dueSoon} <strong>{formatCount(reminders.dueSoon)}</strong></Link> ·{" "}
        <Link href="/agency-requests?flag=overdue" className={reminders.overdue ? "font-semibold text-red-800 underline" : "underline"}>{t.overdue(formatCount(reminders.overdue))}</Link>
      </p>
      {reminders.items.length ? (
        <ul className="mt-2 divide-y divide-slate-100 text-sm">
          {reminders.items.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <Link href={`/agency-requests/${r.id}`} className="font-medium text-brand-700 underline">{r.code}</Link>
              <span className="text-slate-700">{r.agency.name}</span>
              <span className="flex items-center gap-1 text-slate-700">{t.due(formatDateTime(r.dueAt))} <DueFlagBadge flag={r.flag} /></span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t.noneDue}</p>
      )}
    </Card>
  );
}
