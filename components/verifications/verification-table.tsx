import Link from "next/link";
import type { EventType } from "@/lib/adapters/civil-registry/port";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import type { VerificationListItem } from "@/lib/verifications/list-verifications";
import { formatDateTime } from "@/lib/text/format";
import { reasonText } from "@/lib/verifications/gate";
import { VerificationStatusBadge } from "@/components/verifications/status-badge";
import { verificationPageTexts } from "@/lib/verifications/messages";
import { ListTable } from "@/components/ui/list-table";

const t = verificationPageTexts.table;

/** Verifications of a box; each row opens the verification. */
export function VerificationTable({ items, box, emptyText }: { items: VerificationListItem[]; box: "inbox" | "sent"; emptyText: string }) {
  return (
    <ListTable
      minWidth="min-w-[860px]"
      columns={[{ label: t.record }, { label: t.reason }, { label: box === "inbox" ? t.askingUnit : t.sentTo }, { label: t.askedAt }, { label: t.answeredAt }, { label: t.status }]}
      isEmpty={items.length === 0}
      empty={emptyText}
    >
      {items.map((v) => (
        <tr key={v.id} className="border-t border-slate-100 align-top">
          <td className="px-3 py-2">
            <Link href={`/verifications/${v.id}`} className="font-medium text-brand-700 underline">{EVENT_LABELS[v.recordType as EventType] ?? v.recordType}: {v.subjectName ?? v.recordId}</Link>
            <p className="text-xs text-slate-600">{t.recordLine(v.recordId, v.request.receiptNumber)}</p>
          </td>
          <td className="px-3 py-2">{reasonText(v)}</td>
          <td className="px-3 py-2">{box === "inbox" ? v.askingUnit.name : v.holdingUnit.name}</td>
          <td className="whitespace-nowrap px-3 py-2">{formatDateTime(v.askedAt)}</td>
          <td className="whitespace-nowrap px-3 py-2">{v.answeredAt ? formatDateTime(v.answeredAt) : "—"}</td>
          <td className="px-3 py-2"><VerificationStatusBadge status={v.status} /></td>
        </tr>
      ))}
    </ListTable>
  );
}
