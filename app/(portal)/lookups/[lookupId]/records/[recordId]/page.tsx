import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { isAppError } from "@/lib/errors/app-error";
import { openRecord, type OpenedRecord } from "@/lib/lookups/open-record";
import { EVENT_LABELS, PURPOSE_LABELS, matchedLine } from "@/lib/lookups/labels";
import { recordNames } from "@/lib/lookups/parties";
import { RecordView } from "@/components/lookups/record-view";
import { PopulationPanel } from "@/components/lookups/population-view";
import { RecordError } from "@/components/lookups/record-error";
import { buttonClass } from "@/components/ui/button";
import { PrintButton } from "@/components/ui/print-button";
import { formatDateTime } from "@/lib/text/format";
import { lookupsTexts } from "@/lib/lookups/messages";
import { systemTitle } from "@/lib/adapters/systems";
import { withIncomingRequestId } from "@/lib/http/incoming-request-id";

const t = lookupsTexts.recordPage;

export const metadata: Metadata = { title: t.title };

export default async function RecordPage({ params }: { params: Promise<{ lookupId: string; recordId: string }> }) {
  const actor = await requirePermission("record.lookup");
  const { lookupId, recordId } = await params;
  let opened: OpenedRecord;
  try {
    const ip = requestMetaFromHeaders(await headers()).ip;
    opened = await withIncomingRequestId(() => openRecord(actor, lookupId, decodeURIComponent(recordId), ip));
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    if (isAppError(error)) {
      return <RecordError title={t.title} message={error.userMessage} retryHref={`/lookups/${lookupId}/records/${recordId}`} back={{ href: "/lookups", label: t.back }} />;
    }
    throw error;
  }
  const { record, matched, lookup, currentUnit, population } = opened;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600"><Link href="/lookups" className="underline">{lookupsTexts.common.lookups}</Link> › {t.crumb}</p>
          {/* The person the lookup was about, not whoever the record names first (a marriage found through the wife is hers). */}
          <h1 className="text-2xl font-bold">{EVENT_LABELS[record.type]}: {matched?.fullName ?? recordNames(record)}</h1>
          {matched ? <p className="text-sm font-medium text-brand-800">{matchedLine(matched)}</p> : null}
          <p className="text-sm text-slate-700">
            {t.purpose(PURPOSE_LABELS[lookup.purposeKind as keyof typeof PURPOSE_LABELS], lookup.purposeRef, formatDateTime(lookup.createdAt))}
          </p>
        </div>
        <div className="no-print flex flex-wrap gap-2">
          {roleCan(actor.role, "copy.create") ? (
            <Link href={`/copies/new?lookupId=${encodeURIComponent(lookup.id)}&recordId=${encodeURIComponent(record.id)}`} className={buttonClass("primary")}>
              {t.issueCopy}
            </Link>
          ) : null}
          <PrintButton />
        </div>
      </div>
      <div className="grid grid-cols-1 gap-5 xl:grid-cols-2">
        <section aria-labelledby="moj-heading">
          <h2 id="moj-heading" className="mb-2 text-lg font-semibold">{systemTitle("civilRegistry")}</h2>
          <RecordView record={record} currentUnit={currentUnit} matchedKey={matched?.key ?? null} />
        </section>
        <section aria-labelledby="pop-heading">
          <h2 id="pop-heading" className="mb-2 text-lg font-semibold">{systemTitle("population")}</h2>
          <PopulationPanel views={population} lookupId={lookup.id} recordId={record.id} />
        </section>
      </div>
    </div>
  );
}
