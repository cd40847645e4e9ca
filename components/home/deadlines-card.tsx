import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { getReportingReminders } from "@/lib/reports/reminders";
import { KIND_LABEL } from "@/lib/reports/periods";
import { formatDate } from "@/lib/format";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { Card } from "@/components/ui/card";

const lastDay = (dueAt: Date) => formatDate(new Date(dueAt.getTime() - 1));

/**
 * The reports due next under the configured calendar (Kế hoạch, mục III) with the unit's own
 * status, and what needs doing: overdue reports, returned ones, ad hoc requests not yet answered.
 */
export async function DeadlinesCard({ actor, now }: { actor: Actor; now: Date }) {
  const { upcoming, attention, waitingReview } = await getReportingReminders(actor, { now });
  return (
    <Card title="Kỳ báo cáo sắp đến hạn" action={<Link href="/reports" className="text-sm underline">Báo cáo</Link>}>
      {attention.length ? (
        <div className="mb-3 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm" role="status">
          <p className="font-semibold text-amber-900">Cần xử lý</p>
          <ul>
            {attention.map((a) => (
              <li key={a.key} className="flex flex-wrap items-center gap-2 py-0.5">
                {a.reportId ? <Link href={`/reports/${a.reportId}`} className="underline">{KIND_LABEL[a.kind as keyof typeof KIND_LABEL]} — {a.label}</Link> : <Link href="/reports" className="underline">{KIND_LABEL[a.kind as keyof typeof KIND_LABEL]} — {a.label}</Link>}
                <ReportStatusBadge status={a.status} overdue={a.overdue} />
                <span className="text-slate-700">hạn {lastDay(a.dueAt)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {waitingReview !== null ? <p className="mb-2 text-sm"><Link href="/reports" className="font-semibold underline">{waitingReview} báo cáo</Link> của các đơn vị đang chờ Sở Tư pháp tiếp nhận.</p> : null}
      <ul className="divide-y divide-slate-100 text-sm">
        {upcoming.map((p) => (
          <li key={p.key} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{KIND_LABEL[p.kind as keyof typeof KIND_LABEL]}</span> — {p.label} {p.status ? <ReportStatusBadge status={p.status} /> : null}
            </span>
            <span className="text-slate-700">hạn chót {lastDay(p.dueAt)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">Báo cáo gửi Sở Tư pháp trước ngày hạn của tháng kế tiếp kỳ báo cáo (theo lịch báo cáo đang áp dụng).</p>
    </Card>
  );
}
