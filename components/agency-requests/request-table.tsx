import Link from "next/link";
import type { AgencyRequestRow } from "@/lib/agency-requests/list-agency-requests";
import { formatDate, formatDateTime, formatCount } from "@/lib/text/format";
import { AgencyStatusBadge, DueFlagBadge } from "@/components/agency-requests/badges";
import { agencyTexts } from "@/lib/agency-requests/messages";
import { ListTable } from "@/components/ui/list-table";

const t = agencyTexts.table;

/** Agency requests of a list page; each code opens the request. */
export function AgencyRequestTable({ items, showAgency, emptyText }: { items: AgencyRequestRow[]; showAgency: boolean; emptyText: React.ReactNode }) {
  return (
    <ListTable
      minWidth="min-w-[860px]"
      columns={[
        { label: t.code },
        showAgency && { label: t.agency },
        { label: t.letter },
        { label: t.people, align: "right" },
        { label: t.handlingUnit },
        { label: t.received },
        { label: t.due },
        { label: t.status },
      ]}
      isEmpty={items.length === 0}
      empty={emptyText}
    >
      {items.map((r) => (
        <tr key={r.id} className={`border-t border-slate-100 align-top ${r.flag === "overdue" ? "bg-red-50/60" : ""}`}>
          <td className="whitespace-nowrap px-3 py-2 font-medium">
            <Link href={`/agency-requests/${r.id}`} className="text-brand-700 underline">{r.code}</Link>
          </td>
          {showAgency ? <td className="px-3 py-2">{r.agency.name}</td> : null}
          <td className="px-3 py-2">{t.letterNumber(r.letterNumber)}<p className="text-xs text-slate-600">{t.letterDate(formatDate(r.letterDate))}</p></td>
          <td className="px-3 py-2 text-right tabular-nums">{formatCount(r._count.people)}</td>
          <td className="px-3 py-2">{r.handlingUnit?.name ?? "—"}</td>
          <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.receivedAt)}</td>
          <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.dueAt)}</td>
          <td className="px-3 py-2"><div className="flex flex-wrap gap-1"><AgencyStatusBadge status={r.status} /><DueFlagBadge flag={r.flag} /></div></td>
        </tr>
      ))}
    </ListTable>
  );
}
