import type { AgencyRequestStatus } from "@/lib/generated/prisma/enums";
import type { DueFlag } from "@/lib/agency-requests/deadlines";
import { agencyMessages as m } from "@/lib/agency-requests/messages";

const STYLE: Record<AgencyRequestStatus, string> = {
  SUBMITTED: "bg-sky-100 text-sky-900",
  RETURNED: "bg-amber-100 text-amber-900",
  REFUSED: "bg-slate-200 text-slate-800",
  ACCEPTED: "bg-indigo-100 text-indigo-900",
  ANSWERED: "bg-green-100 text-green-900",
};

export function AgencyStatusBadge({ status }: { status: AgencyRequestStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`}>{m.statuses[status]}</span>;
}

/** Overdue / due soon, in words as well as colour (print, colour-blind readers). */
export function DueFlagBadge({ flag }: { flag: DueFlag }) {
  if (!flag) return null;
  const style = flag === "overdue" ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900 border border-amber-300";
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${style}`}>{flag === "overdue" ? m.overdue : m.dueSoon}</span>;
}
