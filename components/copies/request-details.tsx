import type { RequestDetail } from "@/lib/copies/get-request";
import type { RequestRecord } from "@/lib/copies/records";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { messages } from "@/lib/text/messages";
import { formatPartialDate } from "@/lib/text/dates";
import { formatDateTime, formatMoney } from "@/lib/text/format";
import { Card, DefinitionList } from "@/components/ui/card";
import { ElsewhereBadge } from "@/components/copies/status-badge";
import { feeTexts } from "@/lib/copies/fee-texts";
import { registrationTexts } from "@/lib/national-registration/texts";
import { printedNumber } from "@/lib/documents/forms";
import { requesterLines } from "@/lib/copies/requester-lines";
import type { RecordGate } from "@/lib/verifications/request-gate";
import { RecordGateNote } from "@/components/verifications/record-gate";
import { copiesTexts as t } from "@/lib/copies/messages";

const m = messages.copies;

/** The total with the per-copy amount times the copies, or the exemption with its legal basis. */
export function feeText(r: Pick<RequestDetail, "feePerCopy" | "feeTotal" | "copies" | "feeExemptReason" | "feeExemptBasis">): string {
  if (r.feeExemptReason) return feeTexts.exempt(r.feeExemptReason, r.feeExemptBasis);
  return r.copies > 1 ? t.details.feeTimes(formatMoney(r.feeTotal), formatMoney(r.feePerCopy), r.copies) : formatMoney(r.feeTotal);
}

export function RequesterCard({ r }: { r: RequestDetail }) {
  return (
    <Card title={t.details.requestCard}>
      <DefinitionList items={[
        { label: t.details.kind, value: m.kinds[r.kind] },
        { label: t.details.channel, value: m.channels[r.channel] },
        ...(r.apiClient ? [{ label: t.details.fromTthc, value: t.details.fromTthcValue(r.apiClient.name, r.dossierCode ?? "") }] : []),
        { label: t.details.requester, value: r.requesterName },
        { label: t.details.idDocument, value: r.requesterIdNumber },
        ...(r.requesterPhone ? [{ label: t.details.phone, value: r.requesterPhone }] : []),
        ...(r.requesterAddress ? [{ label: t.details.address, value: r.requesterAddress }] : []),
        ...requesterLines(r),
        ...(r.purposeText ? [{ label: t.details.purpose, value: r.purposeText }] : []),
        { label: t.details.copies, value: String(r.copies) },
        { label: feeTexts.label, value: feeText(r) },
        ...(r.feeReceiptNumber ? [{ label: feeTexts.receiptLabel, value: r.feeReceiptNumber }] : []),
        { label: t.details.received, value: `${formatDateTime(r.receivedAt)}${r.receivedByName ? ` · ${r.receivedByName}` : ""}` },
        { label: t.details.due, value: formatDateTime(r.dueAt) },
        ...(r.refusalReason ? [{ label: t.details.refusalReason, value: r.refusalReason }] : []),
      ]} />
    </Card>
  );
}

export function registrationLine(rec: RequestRecord): string {
  const entry = [rec.entryNumber ? t.details.entry(rec.entryNumber) : null, rec.bookNumber ? t.details.book(rec.bookNumber) : null].filter(Boolean).join(", ");
  return t.details.registration(formatPartialDate(rec.registeredOn), rec.authority, entry);
}

/** The request's records; with `gate`, each record held back by the quality gate says why (and offers the verification). */
export function RecordsCard({ records, gate, copyRequestId, canAsk = false }: { records: RequestRecord[]; gate?: RecordGate[]; copyRequestId?: string; canAsk?: boolean }) {
  return (
    <Card title={records.length > 1 ? t.details.recordsCount(records.length) : t.details.records}>
      <ul className="flex flex-col gap-3 text-sm">
        {records.map((rec) => (
          <li key={rec.recordId} className="flex flex-col gap-1">
            <p className="font-semibold">{EVENT_LABELS[rec.type]}: {rec.subjectName}{rec.party ? ` (${rec.party.roleLabel})` : ""}</p>
            <p className="text-slate-700">{registrationLine(rec)}</p>
            {rec.registeredAt !== "UNIT" ? <div><ElsewhereBadge label={m.registeredAt[rec.registeredAt]} /></div> : null}
            {gate && copyRequestId ? gate.filter((g) => g.recordId === rec.recordId).map((g) => <RecordGateNote key={g.recordId} gate={g} copyRequestId={copyRequestId} canAsk={canAsk} />) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function DocumentCard({ document }: { document: NonNullable<RequestDetail["document"]> }) {
  return (
    <Card title={t.details.documentCard}>
      <DefinitionList items={[
        { label: t.details.number, value: printedNumber(document) },
        { label: t.details.documentKind, value: m.documentKinds[document.kind] },
        { label: t.details.issuedOn, value: formatDateTime(document.issuedAt) },
        { label: t.details.signer, value: `${document.signerName} — ${document.signerTitle}` },
        {
          label: t.details.state,
          value: document.revokedAt ? <span className="text-red-800">{t.details.revokedOn(formatDateTime(document.revokedAt), document.revokeReason)}</span> : t.inForce,
        },
        { label: t.details.signature, value: document.signature ? t.details.signed : t.details.notSigned },
        ...document.registrations.map((reg) => ({ label: reg.action === "REGISTER" ? t.details.nationalSystem : t.details.revokeReport, value: <RegistrationLine reg={reg} /> })),
      ]} />
      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        <a href={`/api/documents/${document.id}/pdf`} download className="font-semibold text-brand-700 underline">{t.details.downloadPdf}</a>
        <a href={`/api/documents/${document.id}/pdf?inline=1`} target="_blank" rel="noreferrer" className="text-brand-700 underline">{t.view}</a>
        <a href={`/verify/${document.code}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">{t.details.checkPage}</a>
      </div>
    </Card>
  );
}

/** A national registration's state: delivered (with its id), pending (with the attempts and last error), or refused. */
function RegistrationLine({ reg }: { reg: NonNullable<RequestDetail["document"]>["registrations"][number] }) {
  const label = (reg.action === "REGISTER" ? registrationTexts.status : registrationTexts.revokeStatus)[reg.status];
  const tone = reg.status === "REFUSED" ? "text-red-800" : reg.status === "PENDING" ? "text-amber-800" : "";
  return (
    <span className={tone} data-testid={`registration-${reg.action.toLowerCase()}`}>
      {label}
      {reg.status === "DELIVERED" && reg.registrationId ? ` (${reg.registrationId})` : ""}
      {reg.status !== "DELIVERED" && reg.attempts > 0 ? t.details.attempts(reg.attempts) : ""}
      {reg.status !== "DELIVERED" && reg.lastError ? <span className="block text-xs">{reg.lastError}</span> : null}
    </span>
  );
}
