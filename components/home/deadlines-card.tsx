import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { getReportingReminders } from "@/lib/reports/reminders";
import { KIND_LABEL } from "@/lib/reports/periods";
import { formatDate } from "@/lib/text/format";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { Card } from "@/components/ui/card";
import { homeMessages } from "@/lib/home/messages";
import { reportMessages } from "@/lib/reports/messages";

const t = homeMessages.deadlines;

const lastDay = (dueAt: Date) => formatDate(new Date(dueAt.getTime() - 1));

/**
 * The reports due next under the configured calendar (the provincial plan, section III) with the unit's own
 * status, and what needs doing: overdue reports, returned ones, ad hoc requests not yet answered.
 */
export async function DeadlinesCard({ actor, now }: { actor: Actor; now: Date }) {
  const { upcoming, attention, waitingReview } = await getReportingReminders(actor, { now });
  return (
    <Card title={t.title} action={<Link href="/reports" className="text-sm underline">{reportMessages.list.title}</Link>}>
      {attention.length ? (
        <div className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm" role="status">
          <p className="font-semibold text-amber-900">{t.attention}</p>
          <ul>
            {attention.map((a) => (
              <li key={a.key} className="flex flex-wrap items-center gap-2 py-0.5">
                {a.reportId ? <Link href={`/reports/${a.reportId}`} className="underline">{KIND_LABEL[a.kind as keyof typeof KIND_LABEL]} — {a.label}</Link> : <Link href="/reports" className="underline">{KIND_LABEL[a.kind as keyof typeof KIND_LABEL]} — {a.label}</Link>}
                <ReportStatusBadge status={a.status} overdue={a.overdue} />
                <span className="text-slate-700">{homeMessages.agencyRequests.due(lastDay(a.dueAt))}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {waitingReview !== null ? <p className="mb-2 text-sm"><Link href="/reports" className="font-semibold underline">{t.waiting(waitingReview)}</Link>{t.waitingTail}</p> : null}
      <ul className="divide-y divide-slate-100 text-sm">
        {upcoming.map((p) => (
          <li key={p.key} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{KIND_LABEL[p.kind as keyof typeof KIND_LABEL]}</span> — {p.label} {p.status ? <ReportStatusBadge status={p.status} /> : null}
            </span>
            <span className="text-slate-700">{t.deadline(lastDay(p.dueAt))}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">{t.calendarNote}</p>
    </Card>
  );
}
