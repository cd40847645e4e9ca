import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { isAppError } from "@/lib/errors/app-error";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { recordNames } from "@/lib/lookups/parties";
import { openVerificationRecord, type OpenedVerificationRecord } from "@/lib/verifications/get-verification";
import { verificationTexts as t } from "@/lib/verifications/texts";
import { verificationPageTexts as vt } from "@/lib/verifications/messages";

const p = vt.recordPage;
import { RecordView } from "@/components/lookups/record-view";
import { RecordError } from "@/components/lookups/record-error";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { systemTitle } from "@/lib/adapters/systems";
import { withIncomingRequestId } from "@/lib/http/incoming-request-id";

export const metadata: Metadata = { title: p.title };

/** The holding unit's look at the record it is asked to confirm: read from the Ministry of Justice system, logged. */
export default async function VerificationRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("verification.answer");
  const { id } = await params;
  let opened: OpenedVerificationRecord;
  try {
    const ip = requestMetaFromHeaders(await headers()).ip;
    opened = await withIncomingRequestId(() => openVerificationRecord(actor, id, ip));
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error)) {
      return <RecordError title={p.title} message={error.userMessage} retryHref={`/verifications/${id}/record`} back={{ href: `/verifications/${id}`, label: p.back }} />;
    }
    throw error;
  }
  const { verification: v, record, currentUnit } = opened;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600"><Link href="/verifications" className="underline">{t.title}</Link> › <Link href={`/verifications/${v.id}`} className="underline">{v.recordId}</Link> › {p.crumb}</p>
          <h1 className="text-2xl font-bold">{EVENT_LABELS[record.type]}: {recordNames(record)}</h1>
          <p className="text-sm text-slate-700">{p.purpose(v.askingUnit.name, v.request.receiptNumber, v.reason)}</p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          <Link href={`/verifications/${v.id}`} className={buttonClass("primary")}>{v.canAnswer ? p.answer : p.back}</Link>
          <PrintButton />
        </div>
      </div>
      {v.note ? <Alert title={p.askerNote}>{v.note}</Alert> : null}
      <section aria-labelledby="moj-heading" className="max-w-3xl">
        <h2 id="moj-heading" className="mb-2 text-lg font-semibold">{systemTitle("civilRegistry")}</h2>
        <RecordView record={record} currentUnit={currentUnit} />
      </section>
    </div>
  );
}
