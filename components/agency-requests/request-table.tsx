import Link from "next/link";
import type { AgencyRequestRow } from "@/lib/agency-requests/list-agency-requests";
import { formatDate, formatDateTime, formatCount } from "@/lib/format";
import { AgencyStatusBadge, DueFlagBadge } from "@/components/agency-requests/badges";

/** Agency requests of a list page; each code opens the request. */
export function AgencyRequestTable({ items, showAgency, emptyText }: { items: AgencyRequestRow[]; showAgency: boolean; emptyText: React.ReactNode }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full min-w-[860px] text-sm">
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Mã yêu cầu</th>
            {showAgency ? <th scope="col" className="px-3 py-2 font-medium">Cơ quan yêu cầu</th> : null}
            <th scope="col" className="px-3 py-2 font-medium">Công văn</th>
            <th scope="col" className="px-3 py-2 text-right font-medium">Số người</th>
            <th scope="col" className="px-3 py-2 font-medium">Đơn vị xử lý</th>
            <th scope="col" className="px-3 py-2 font-medium">Tiếp nhận</th>
            <th scope="col" className="px-3 py-2 font-medium">Hạn trả lời</th>
            <th scope="col" className="px-3 py-2 font-medium">Trạng thái</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr><td colSpan={showAgency ? 8 : 7} className="px-3 py-6 text-center text-slate-600">{emptyText}</td></tr>
          ) : (
            items.map((r) => (
              <tr key={r.id} className={`border-t border-slate-100 align-top ${r.flag === "overdue" ? "bg-red-50/60" : ""}`}>
                <td className="whitespace-nowrap px-3 py-2 font-medium">
                  <Link href={`/agency-requests/${r.id}`} className="text-brand-700 underline">{r.code}</Link>
                </td>
                {showAgency ? <td className="px-3 py-2">{r.agency.name}</td> : null}
                <td className="px-3 py-2">Số {r.letterNumber}<p className="text-xs text-slate-600">ngày {formatDate(r.letterDate)}</p></td>
                <td className="px-3 py-2 text-right tabular-nums">{formatCount(r._count.people)}</td>
                <td className="px-3 py-2">{r.handlingUnit?.name ?? "—"}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.receivedAt)}</td>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(r.dueAt)}</td>
                <td className="px-3 py-2"><div className="flex flex-wrap gap-1"><AgencyStatusBadge status={r.status} /><DueFlagBadge flag={r.flag} /></div></td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
