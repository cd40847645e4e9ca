import type { RequestDetail } from "@/lib/copies/get-request";
import type { RequestRecord } from "@/lib/copies/records";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { messages } from "@/lib/messages";
import { formatPartialDate } from "@/lib/dates";
import { formatDateTime, formatMoney } from "@/lib/format";
import { Card, DefinitionList } from "@/components/ui/card";
import { ElsewhereBadge } from "@/components/copies/status-badge";
import { feeTexts } from "@/lib/copies/fee-texts";
import { registrationTexts } from "@/lib/national-registration/texts";
import { printedNumber } from "@/lib/documents/forms";
import { requesterLines } from "@/lib/copies/requester-lines";
import type { RecordGate } from "@/lib/verifications/request-gate";
import { RecordGateNote } from "@/components/verifications/record-gate";

const m = messages.copies;

/** "8.000 đ × 2 bản = 16.000 đ", or the exemption with its legal basis. */
export function feeText(r: Pick<RequestDetail, "feePerCopy" | "feeTotal" | "copies" | "feeExemptReason" | "feeExemptBasis">): string {
  if (r.feeExemptReason) return feeTexts.exempt(r.feeExemptReason, r.feeExemptBasis);
  return r.copies > 1 ? `${formatMoney(r.feeTotal)} (${formatMoney(r.feePerCopy)} × ${r.copies} bản)` : formatMoney(r.feeTotal);
}

export function RequesterCard({ r }: { r: RequestDetail }) {
  return (
    <Card title="Yêu cầu">
      <DefinitionList items={[
        { label: "Loại yêu cầu", value: m.kinds[r.kind] },
        { label: "Hình thức tiếp nhận", value: m.channels[r.channel] },
        ...(r.apiClient ? [{ label: "Gửi từ hệ thống TTHC", value: `${r.apiClient.name} · mã hồ sơ ${r.dossierCode ?? ""}` }] : []),
        { label: "Người yêu cầu", value: r.requesterName },
        { label: "Giấy tờ tùy thân", value: r.requesterIdNumber },
        ...(r.requesterPhone ? [{ label: "Điện thoại", value: r.requesterPhone }] : []),
        ...(r.requesterAddress ? [{ label: "Địa chỉ", value: r.requesterAddress }] : []),
        ...requesterLines(r),
        ...(r.purposeText ? [{ label: "Mục đích sử dụng", value: r.purposeText }] : []),
        { label: "Số bản", value: String(r.copies) },
        { label: feeTexts.label, value: feeText(r) },
        ...(r.feeReceiptNumber ? [{ label: feeTexts.receiptLabel, value: r.feeReceiptNumber }] : []),
        { label: "Tiếp nhận", value: `${formatDateTime(r.receivedAt)}${r.receivedByName ? ` · ${r.receivedByName}` : ""}` },
        { label: "Hẹn trả kết quả", value: formatDateTime(r.dueAt) },
        ...(r.refusalReason ? [{ label: "Lý do từ chối", value: r.refusalReason }] : []),
      ]} />
    </Card>
  );
}

export function registrationLine(rec: RequestRecord): string {
  const entry = [rec.entryNumber ? `số ${rec.entryNumber}` : null, rec.bookNumber ? `quyển số ${rec.bookNumber}` : null].filter(Boolean).join(", ");
  return `Đăng ký ngày ${formatPartialDate(rec.registeredOn)} tại ${rec.authority}${entry ? ` (${entry})` : ""}`;
}

/** The request's records; with `gate`, each record held back by the quality gate says why (and offers the verification). */
export function RecordsCard({ records, gate, copyRequestId, canAsk = false }: { records: RequestRecord[]; gate?: RecordGate[]; copyRequestId?: string; canAsk?: boolean }) {
  return (
    <Card title={records.length > 1 ? `Sự kiện hộ tịch (${records.length})` : "Sự kiện hộ tịch"}>
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
    <Card title="Văn bản đã cấp">
      <DefinitionList items={[
        { label: "Số, ký hiệu", value: printedNumber(document) },
        { label: "Loại văn bản", value: m.documentKinds[document.kind] },
        { label: "Ngày cấp", value: formatDateTime(document.issuedAt) },
        { label: "Người ký", value: `${document.signerName} — ${document.signerTitle}` },
        {
          label: "Tình trạng",
          value: document.revokedAt ? <span className="text-red-800">Đã thu hồi ngày {formatDateTime(document.revokedAt)}{document.revokeReason ? `: ${document.revokeReason}` : ""}</span> : "Còn hiệu lực",
        },
        { label: "Chữ ký số", value: document.signature ? "Đã ký số (PAdES) bằng chứng thư số của đơn vị" : "Không có (bản giấy ký tay, đóng dấu)" },
        ...document.registrations.map((reg) => ({ label: reg.action === "REGISTER" ? "Hệ thống quốc gia" : "Báo thu hồi", value: <RegistrationLine reg={reg} /> })),
      ]} />
      <div className="mt-3 flex flex-wrap gap-3 text-sm">
        <a href={`/api/documents/${document.id}/pdf`} download className="font-semibold text-brand-700 underline">Tải bản PDF</a>
        <a href={`/api/documents/${document.id}/pdf?inline=1`} target="_blank" rel="noreferrer" className="text-brand-700 underline">Xem</a>
        <a href={`/verify/${document.code}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">Trang kiểm tra (mã QR)</a>
      </div>
    </Card>
  );
}

/** "Đã đăng ký với hệ thống quốc gia (DK-2026-…)", "Đang chờ … (lần thử 3; …)", or the refusal. */
function RegistrationLine({ reg }: { reg: NonNullable<RequestDetail["document"]>["registrations"][number] }) {
  const label = (reg.action === "REGISTER" ? registrationTexts.status : registrationTexts.revokeStatus)[reg.status];
  const tone = reg.status === "REFUSED" ? "text-red-800" : reg.status === "PENDING" ? "text-amber-800" : "";
  return (
    <span className={tone} data-testid={`registration-${reg.action.toLowerCase()}`}>
      {label}
      {reg.status === "DELIVERED" && reg.registrationId ? ` (${reg.registrationId})` : ""}
      {reg.status !== "DELIVERED" && reg.attempts > 0 ? ` · đã thử ${reg.attempts} lần` : ""}
      {reg.status !== "DELIVERED" && reg.lastError ? <span className="block text-xs">{reg.lastError}</span> : null}
    </span>
  );
}
