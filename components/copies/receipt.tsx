import { requesterLines } from "@/lib/copies/requester-lines";
import type { RequestDetail } from "@/lib/copies/get-request";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { messages } from "@/lib/text/messages";
import { formatDate, formatTime } from "@/lib/text/format";
import { feeText, registrationLine } from "@/components/copies/request-details";
import { printedNumber } from "@/lib/documents/forms";
import { copiesTexts as t } from "@/lib/copies/messages";

const m = messages.copies;
/** The receipt's long date of a Vietnam day (copiesTexts.receipt.longDate). */
function longDate(d: Date): string {
  return t.receipt.longDate(formatDate(d));
}
const when = (d: Date) => t.receipt.when(formatTime(d), formatDate(d));
const WHERE = t.receipt.where;

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <p className="leading-relaxed">
      <span>{label}: </span>
      <span className="font-semibold">{children}</span>
    </p>
  );
}

/**
 * The receipt handed to the requester (the intake and appointment slip): what was asked,
 * the fee, when the result is due and where it is returned. Laid out for A4 in the official style.
 */
export function Receipt({ r }: { r: RequestDetail }) {
  const unitUpper = r.unit.name.toLocaleUpperCase("vi");
  return (
    <article className="receipt mx-auto w-full max-w-[210mm] bg-white px-10 py-8 font-serif text-[15px] text-black shadow-sm print:max-w-none print:p-0 print:shadow-none" aria-label={t.receipt.label}>
      <header className="grid grid-cols-2 gap-4 text-center text-[13px]">
        <div>
          <p className="font-semibold">{t.receipt.unitHeader(unitUpper)}</p>
          <p className="font-bold">{t.receipt.office}</p>
          <p className="mx-auto mt-1 w-24 border-t border-black" />
          <p className="mt-2">{t.receipt.number(r.receiptNumber)}</p>
        </div>
        <div>
          <p className="font-bold">{t.receipt.nation}</p>
          <p className="font-bold">{t.receipt.motto}</p>
          <p className="mx-auto mt-1 w-44 border-t border-black" />
          <p className="mt-2 italic">{t.receipt.placeAndDate(r.unit.name.replace(t.receipt.unitKindPrefix, ""), longDate(r.receivedAt))}</p>
        </div>
      </header>
      <h2 className="mt-8 text-center text-lg font-bold">{t.receipt.title}</h2>
      <p className="text-center">{t.receipt.dossierCode}<strong>{r.receiptNumber}</strong></p>
      {/* A receipt printed again after the revocation says so: the result it promises is void. */}
      {r.document && r.revocation ? (
        <p className="mt-4 border-2 border-red-800 p-2 text-center font-semibold text-red-800 print:border-black print:text-black">
          {m.statuses.REVOKED.toLocaleUpperCase("vi")}: {m.revokedNotice(printedNumber(r.document), when(r.revocation.at), r.revocation.by, r.revocation.reason)}
        </p>
      ) : null}
      <div className="mt-6 flex flex-col gap-1">
        <p>{t.receipt.receivedFrom(r.unit.name.charAt(0).toLocaleLowerCase("vi") + r.unit.name.slice(1))}</p>
        <Row label={t.receipt.requester}>{r.requesterName}</Row>
        <Row label={t.receipt.idNumber}>{r.requesterIdNumber}</Row>
        {r.requesterPhone ? <Row label={t.receipt.phone}>{r.requesterPhone}</Row> : null}
        {r.requesterAddress ? <Row label={t.receipt.address}>{r.requesterAddress}</Row> : null}
        {requesterLines(r).map((l) => <Row key={l.label} label={l.label}>{l.value}</Row>)}
        <p className="leading-relaxed">{t.receipt.content}<span className="font-semibold">{m.kinds[r.kind]}</span></p>
        <ul className="ml-6 list-disc">
          {r.recordList.map((rec) => (
            <li key={rec.recordId}>{EVENT_LABELS[rec.type]}{t.receipt.recordOf}<strong>{rec.subjectName}</strong>. {registrationLine(rec)}.</li>
          ))}
        </ul>
        {r.purposeText ? <Row label={t.receipt.purpose}>{r.purposeText}</Row> : null}
        <Row label={t.receipt.quantity}>{t.receipt.copies(r.copies)}</Row>
        <Row label={t.receipt.fee}>{feeText(r)}</Row>
        <Row label={t.receipt.channel}>{m.channels[r.channel]}</Row>
        <Row label={t.receipt.receivedAt}>{when(r.receivedAt)}</Row>
        <Row label={t.receipt.dueAt}>{when(r.dueAt)}</Row>
        <Row label={t.receipt.returnAt}>{WHERE[r.channel]}{r.channel === "POST" && r.requesterAddress ? `: ${r.requesterAddress}` : ""}</Row>
      </div>
      <footer className="mt-10 grid grid-cols-2 gap-4 text-center">
        <div>
          <p className="font-bold">{t.receipt.submitter}</p>
          <p className="italic">{t.receipt.signHere}</p>
          <p className="mt-20 font-semibold">{r.requesterName}</p>
        </div>
        <div>
          <p className="font-bold">{t.receipt.receiver}</p>
          <p className="italic">{t.receipt.signHere}</p>
          <p className="mt-20 font-semibold">{r.receivedByName ?? ""}</p>
        </div>
      </footer>
    </article>
  );
}
