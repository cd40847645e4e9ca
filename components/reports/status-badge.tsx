import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { reportMessages as m } from "@/lib/reports/messages";

const TONE: Record<ReportStatus, string> = {
  DRAFT: "bg-slate-100 text-slate-800",
  SUBMITTED: "bg-brand-50 text-brand-900",
  RETURNED: "bg-amber-100 text-amber-900",
  ACCEPTED: "bg-green-100 text-green-900",
};

export function ReportStatusBadge({ status, overdue }: { status: ReportStatus | null; overdue?: boolean }) {
  if (!status) return <span className={`rounded px-2 py-0.5 text-xs font-medium ${overdue ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-700"}`}>{overdue ? m.overdue : m.notStarted}</span>;
  return <span className={`rounded px-2 py-0.5 text-xs font-medium ${TONE[status]}`}>{m.statuses[status]}{overdue ? ` · ${m.overdue}` : ""}</span>;
}
