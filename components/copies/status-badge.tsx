import type { DisplayStatus } from "@/lib/copies/display-status";
import { messages } from "@/lib/text/messages";
import { copiesTexts as t } from "@/lib/copies/messages";

const STYLE: Record<DisplayStatus, string> = {
  RECEIVED: "bg-sky-100 text-sky-900",
  PREPARED: "bg-amber-100 text-amber-900",
  SIGNED: "bg-indigo-100 text-indigo-900",
  ISSUED: "bg-teal-100 text-teal-900",
  DELIVERED: "bg-green-100 text-green-900",
  REFUSED: "bg-slate-200 text-slate-800",
  REVOKED: "bg-red-100 text-red-900",
};

/** The request's status as shown (lib/copies/display-status.ts): a revoked document reads as revoked. */
export function StatusBadge({ status }: { status: DisplayStatus }) {
  return <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${STYLE[status]}`}>{messages.copies.statuses[status]}</span>;
}

/** Past due and not yet issued: text as well as colour, so it is not lost in print or to colour-blind eyes. */
export function OverdueBadge() {
  return <span className="inline-block whitespace-nowrap rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t.overdue}</span>;
}

/** Where the event was registered, when not at the unit itself (Civil Status Law Art. 63). */
export function ElsewhereBadge({ label = t.badges.elsewhere }: { label?: string }) {
  return <span className="inline-block whitespace-nowrap rounded border border-amber-400 px-2 py-0.5 text-xs font-medium text-amber-900">{label}</span>;
}

/** A request the provincial TTHC system filed through the API (POST /api/v1/copy-requests), with its dossier code. */
export function TthcBadge({ dossierCode, clientName }: { dossierCode: string | null; clientName?: string }) {
  return (
    <span data-testid="tthc-badge" title={clientName ? t.badges.sentBy(clientName) : undefined} className="inline-block whitespace-nowrap rounded border border-sky-400 bg-sky-50 px-2 py-0.5 text-xs font-medium text-sky-900">
      {t.badges.tthc}{dossierCode ? ` · ${dossierCode}` : ""}
    </span>
  );
}
