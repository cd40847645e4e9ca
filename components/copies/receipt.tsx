import { requesterLines } from "@/lib/copies/requester-lines";
import type { RequestDetail } from "@/lib/copies/get-request";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { messages } from "@/lib/messages";
import { formatDate, formatTime } from "@/lib/format";
import { feeText, registrationLine } from "@/components/copies/request-details";
import { printedNumber } from "@/lib/documents/forms";

const m = messages.copies;
/** "ngày 28 tháng 11 năm 2026" (Vietnam day). */
function longDate(d: Date): string {
  const [day, month, year] = formatDate(d).split("/");
  return `ngày ${day} tháng ${month} năm ${year}`;
}
const when = (d: Date) => `${formatTime(d)} ngày ${formatDate(d)}`;
const WHERE = { COUNTER: "Bộ phận tiếp nhận và trả kết quả (một cửa)", ONLINE: "Trực tuyến — Cổng Dịch vụ công quốc gia, VNeID", POST: "Qua bưu chính" } as const;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <p className="leading-relaxed">
      <span>{label}: </span>
      <span className="font-semibold">{children}</span>
    </p>
  );
}

/**
 * The receipt handed to the requester (giấy tiếp nhận hồ sơ và hẹn trả kết quả): what was asked,
 * the fee, when the result is due and where it is returned. Laid out for A4 in the official style.
 */
export function Receipt({ r }: { r: RequestDetail }) {
  const unitUpper = r.unit.name.toLocaleUpperCase("vi");
  return (
    <article className="receipt mx-auto w-full max-w-[210mm] bg-white px-10 py-8 font-serif text-[15px] text-black shadow-sm print:max-w-none print:p-0 print:shadow-none" aria-label="Giấy tiếp nhận">
      <header className="grid grid-cols-2 gap-4 text-center text-[13px]">
        <div>
          <p className="font-semibold">UBND {unitUpper}</p>
          <p className="font-bold">BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ</p>
          <p className="mx-auto mt-1 w-24 border-t border-black" />
          <p className="mt-2">Số: {r.receiptNumber}</p>
        </div>
        <div>
          <p className="font-bold">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p>
          <p className="font-bold">Độc lập - Tự do - Hạnh phúc</p>
          <p className="mx-auto mt-1 w-44 border-t border-black" />
          <p className="mt-2 italic">{r.unit.name.replace(/^(Xã|Phường|Đặc khu)\s+/u, "")}, {longDate(r.receivedAt)}</p>
        </div>
      </header>
      <h2 className="mt-8 text-center text-lg font-bold">GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ</h2>
      <p className="text-center">Mã hồ sơ: <strong>{r.receiptNumber}</strong></p>
      {/* A receipt printed again after the revocation says so: the result it promises is void. */}
      {r.document && r.revocation ? (
        <p className="mt-4 border-2 border-red-800 p-2 text-center font-semibold text-red-800 print:border-black print:text-black">
          {m.statuses.REVOKED.toLocaleUpperCase("vi")}: {m.revokedNotice(printedNumber(r.document), when(r.revocation.at), r.revocation.by, r.revocation.reason)}
        </p>
      ) : null}
      <div className="mt-6 flex flex-col gap-1">
        <p>Bộ phận tiếp nhận và trả kết quả UBND {r.unit.name.charAt(0).toLocaleLowerCase("vi") + r.unit.name.slice(1)} đã tiếp nhận hồ sơ của:</p>
        <Row label="Ông/bà">{r.requesterName}</Row>
        <Row label="Số giấy tờ tùy thân">{r.requesterIdNumber}</Row>
        {r.requesterPhone ? <Row label="Số điện thoại">{r.requesterPhone}</Row> : null}
        {r.requesterAddress ? <Row label="Địa chỉ">{r.requesterAddress}</Row> : null}
        {requesterLines(r).map((l) => <Row key={l.label} label={l.label}>{l.value}</Row>)}
        <p className="leading-relaxed">Nội dung yêu cầu: <span className="font-semibold">{m.kinds[r.kind]}</span></p>
        <ul className="ml-6 list-disc">
          {r.recordList.map((rec) => (
            <li key={rec.recordId}>{EVENT_LABELS[rec.type]} của <strong>{rec.subjectName}</strong>. {registrationLine(rec)}.</li>
          ))}
        </ul>
        {r.purposeText ? <Row label="Mục đích sử dụng">{r.purposeText}</Row> : null}
        <Row label="Số lượng">{r.copies} bản</Row>
        <Row label="Phí">{feeText(r)}</Row>
        <Row label="Hình thức nộp">{m.channels[r.channel]}</Row>
        <Row label="Thời gian nhận hồ sơ">{when(r.receivedAt)}</Row>
        <Row label="Thời gian hẹn trả kết quả">{when(r.dueAt)}</Row>
        <Row label="Nhận kết quả tại">{WHERE[r.channel]}{r.channel === "POST" && r.requesterAddress ? `: ${r.requesterAddress}` : ""}</Row>
      </div>
      <footer className="mt-10 grid grid-cols-2 gap-4 text-center">
        <div>
          <p className="font-bold">NGƯỜI NỘP HỒ SƠ</p>
          <p className="italic">(Ký và ghi rõ họ tên)</p>
          <p className="mt-20 font-semibold">{r.requesterName}</p>
        </div>
        <div>
          <p className="font-bold">NGƯỜI TIẾP NHẬN HỒ SƠ</p>
          <p className="italic">(Ký và ghi rõ họ tên)</p>
          <p className="mt-20 font-semibold">{r.receivedByName ?? ""}</p>
        </div>
      </footer>
    </article>
  );
}
