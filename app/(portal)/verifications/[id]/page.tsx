import type { Metadata } from "next";
import Link from "next/link";
import type { EventType } from "@/lib/adapters/civil-registry/port";
import { requirePermission } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/errors/or-not-found";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { messages } from "@/lib/text/messages";
import { formatDateTime } from "@/lib/text/format";
import { getVerification } from "@/lib/verifications/get-verification";
import { verificationTexts as t } from "@/lib/verifications/texts";
import { verificationPageTexts as vt } from "@/lib/verifications/messages";

const d = vt.detail;
import { registrationLine } from "@/components/copies/request-details";
import { AnswerVerificationForm } from "@/components/verifications/answer-form";
import { VerificationStatusBadge } from "@/components/verifications/status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, DefinitionList } from "@/components/ui/card";

export const metadata: Metadata = { title: t.title };

export default async function VerificationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("verification.read");
  const { id } = await params;
  const v = await orNotFound(getVerification(actor, id));
  const event = EVENT_LABELS[v.recordType as EventType] ?? v.recordType;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600"><Link href="/verifications" className="underline">{t.title}</Link> › {v.recordId}</p>
          <h1 className="text-2xl font-bold">{event}: {v.record?.subjectName ?? v.recordId}</h1>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <VerificationStatusBadge status={v.status} />
            <span className="text-slate-700">{d.reason(v.reason)}</span>
          </div>
        </div>
        {v.canOpenRecord ? <Link href={`/verifications/${v.id}/record`} className={buttonClass("secondary")}>{d.openRecord}</Link> : null}
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <Card title={d.recordCard}>
            <DefinitionList items={[
              { label: d.recordId, value: v.recordId },
              { label: d.eventKind, value: event },
              ...(v.record ? [{ label: d.registration, value: registrationLine(v.record) }] : []),
              { label: d.reasonLabel, value: v.reason },
              { label: d.holdingUnit, value: v.holdingUnit.name },
            ]} />
          </Card>
          <Card title={d.askCard}>
            <DefinitionList items={[
              { label: d.askingUnit, value: v.askingUnit.name },
              { label: d.request, value: v.canOpenRequest ? <Link href={`/copies/${v.request.id}`} className="text-brand-700 underline">{v.request.receiptNumber}</Link> : v.request.receiptNumber },
              { label: d.requestKind, value: messages.copies.kinds[v.request.kind] },
              { label: d.askedBy, value: d.byAt(v.askedByName ?? "—", formatDateTime(v.askedAt)) },
              { label: d.note, value: v.note ?? "—" },
            ]} />
          </Card>
        </div>
        <Card title={d.answerCard}>
          {v.status !== "PENDING" ? (
            <DefinitionList items={[
              { label: d.outcome, value: <VerificationStatusBadge status={v.status} /> },
              { label: d.answeredBy, value: d.byAt(v.answeredByName ?? "—", v.answeredAt ? formatDateTime(v.answeredAt) : null) },
              { label: d.content, value: v.answer ?? "—" },
            ]} />
          ) : v.canAnswer ? (
            <AnswerVerificationForm id={v.id} version={v.version} />
          ) : (
            <p className="text-sm text-slate-700">{d.waiting(v.holdingUnit.name)}{v.canOpenRecord ? ` ${t.notOwnQuestion}` : ""}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
