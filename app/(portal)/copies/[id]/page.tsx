import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getRequest, type RequestDetail } from "@/lib/copies/get-request";
import { messages } from "@/lib/text/messages";
import { verificationTexts } from "@/lib/verifications/texts";
import { formatDateTime } from "@/lib/text/format";
import { RequestActions } from "@/components/copies/request-actions";
import { DocumentCard, RecordsCard, RequesterCard } from "@/components/copies/request-details";
import { ElsewhereBadge, OverdueBadge, StatusBadge, TthcBadge } from "@/components/copies/status-badge";
import { Timeline } from "@/components/copies/timeline";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { printedNumber } from "@/lib/documents/forms";
import { STEP_DONE, stepOf, type StepName } from "@/lib/copies/step-messages";
import { copiesTexts as t } from "@/lib/copies/messages";

/** The timeline entry each step writes. */
const DONE_ENTRY: Record<StepName, string> = { prepare: "prepared", sign: "signed", issue: "issued", deliver: "delivered", refuse: "refused", revoke: "revoked" };

/** A register holder's rejecting answer (REJECTED), offered as the refusal's reason. */
const refuseReasonOf = (r: RequestDetail) => {
  const answer = r.gate.find((g) => !g.fit && g.verification?.status === "REJECTED")?.verification?.answer;
  return answer ? verificationTexts.refuseWith(answer) : undefined;
};

export const metadata: Metadata = { title: t.requestPage.metaTitle };

export default async function RequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("copy.read");
  const { id } = await params;
  const sp = await searchParams;
  const created = sp.created === "1";
  const done = stepOf(sp.done);
  const r: RequestDetail = await orNotFound(getRequest(actor, id));
  // The last timeline entry of the step just done says who did it and when.
  const last = done ? [...r.timeline].reverse().find((e) => e.key === DONE_ENTRY[done]) : undefined;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600"><Link href="/copies" className="underline">{t.breadcrumb}</Link> › {r.receiptNumber}</p>
          <h1 className="text-2xl font-bold">{r.receiptNumber} · {messages.copies.kinds[r.kind]}</h1>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <StatusBadge status={r.displayStatus} />
            {r.isOverdue ? <OverdueBadge /> : null}
            {r.wasLate ? <span className="text-xs text-red-800">{t.requestPage.lateIssue}</span> : null}
            {r.registeredElsewhere ? <ElsewhereBadge /> : null}
            {r.apiClient ? <TthcBadge dossierCode={r.dossierCode} clientName={r.apiClient.name} /> : null}
            <span className="text-slate-700">{t.requestPage.summary(r.subjectName, r.unit.name, formatDateTime(r.dueAt))}</span>
          </div>
        </div>
        <Link href={`/copies/${r.id}/receipt`} className={buttonClass("secondary")}>{t.printReceipt}</Link>
      </div>
      {created && r.status === "RECEIVED" ? (
        <Alert tone="success" title={t.requestPage.createdTitle(r.receiptNumber)}>
          {t.requestPage.createdDue(formatDateTime(r.dueAt))}<Link href={`/copies/${r.id}/receipt`} className="font-semibold underline">{t.requestPage.printForRequester}</Link>
        </Alert>
      ) : null}
      {/* The step just done stays said here until the next one: the form it came from is gone. */}
      <div aria-live="polite">
        {done ? (
          <Alert tone="success" title={STEP_DONE[done]}>
            {done === "sign" && r.document ? t.requestPage.signedNumber(printedNumber(r.document)) : null}
            {last ? t.requestPage.doneBy(last.by, formatDateTime(last.at)) : null}
          </Alert>
        ) : null}
      </div>
      {r.document && r.revocation ? (
        <Alert tone="error" title={t.requestPage.revokedTitle}>
          {messages.copies.revokedNotice(printedNumber(r.document), formatDateTime(r.revocation.at), r.revocation.by, r.revocation.reason)}
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {r.document ? <DocumentCard document={r.document} /> : null}
          <RecordsCard records={r.recordList} gate={r.gate} copyRequestId={r.id} canAsk={r.canAskVerification} />
          <RequesterCard r={r} />
        </div>
        <div className="flex flex-col gap-4">
          <Card title={t.requestPage.actions}>
            <RequestActions id={r.id} version={r.version} channel={r.channel} actions={r.actions} feeTotal={r.feeTotal} refuseReason={refuseReasonOf(r)} />
          </Card>
          <Card title={t.requestPage.timeline}>
            <Timeline entries={r.timeline} channel={r.channel} />
          </Card>
        </div>
      </div>
    </div>
  );
}
