import Link from "next/link";
import type { RequestRow } from "@/lib/copies/list-requests";
import { messages } from "@/lib/text/messages";
import { formatDateTime, formatMoney } from "@/lib/text/format";
import { copiesTexts as t } from "@/lib/copies/messages";
import { StatusBadge, OverdueBadge, ElsewhereBadge, TthcBadge } from "@/components/copies/status-badge";
import { ListTable } from "@/components/ui/list-table";

const m = messages.copies;

/** The requests of a list page; each row opens the request. */
export function RequestTable({ items, showUnit, emptyText }: { items: RequestRow[]; showUnit: boolean; emptyText: React.ReactNode }) {
  return (
    <ListTable
      minWidth="min-w-[900px]"
      columns={[
        { label: t.table.receiptNumber },
        showUnit && { label: t.table.unit },
        { label: t.table.kind },
        { label: t.table.subject },
        { label: t.table.requester },
        { label: t.table.received },
        { label: t.table.due },
        { label: t.table.fee, align: "right" },
        { label: t.table.status },
      ]}
      isEmpty={items.length === 0}
      empty={emptyText}
    >
      {items.map((r) => (
        <tr key={r.id} className={`border-t border-slate-100 align-top ${r.isOverdue ? "bg-red-50/60" : ""}`}>
          <td className="whitespace-nowrap px-3 py-2 font-medium">
            <Link href={`/copies/${r.id}`} className="text-brand-700 underline">{r.receiptNumber}</Link>
          </td>
          {showUnit ? <td className="px-3 py-2">{r.unit.name}</td> : null}
          <td className="px-3 py-2">{m.kindsShort[r.kind]}<p className="text-xs text-slate-600">{m.channels[r.channel].split(" — ")[0]}</p></td>
          <td className="px-3 py-2">
            {r.subjectName}
            {r.registeredElsewhere ? <div className="mt-1"><ElsewhereBadge /></div> : null}
            {r.apiClient ? <div className="mt-1"><TthcBadge dossierCode={r.dossierCode} clientName={r.apiClient.name} /></div> : null}
          </td>
          <td className="px-3 py-2">{r.requesterName}</td>
          <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(r.receivedAt)}</td>
          <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(r.dueAt)}</td>
          <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{formatMoney(r.feeTotal)}</td>
          <td className="px-3 py-2">
            <div className="flex flex-col items-start gap-1"><StatusBadge status={r.displayStatus} />{r.isOverdue ? <OverdueBadge /> : null}</div>
          </td>
        </tr>
      ))}
    </ListTable>
  );
}
