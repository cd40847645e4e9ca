import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getReport } from "@/lib/reports/get-report";
import { KIND_LABEL } from "@/lib/reports/periods";
import { reportMessages as m } from "@/lib/reports/messages";
import { vnDay } from "@/lib/reports/links";
import { formatDate, formatDateTime } from "@/lib/text/format";
import { FiguresTable } from "@/components/reports/figures-table";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { ReviewForm, SubmitForm, TextsForm } from "@/components/reports/report-forms";
import { VersionHistory } from "@/components/reports/version-history";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { lastActionText } from "@/lib/reports/timeline";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

const t = m.detail;

export const metadata: Metadata = { title: m.list.title };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("report.read");
  const { id } = await params;
  const v = await orNotFound(getReport(actor, id));
  const { report, unit, period, shown } = v;
  const late = report.firstSubmittedAt ? report.firstSubmittedAt >= report.dueAt : false;
  const returned = report.versions.find((x) => x.outcome === "RETURNED" && x.number === report.currentVersion);
  const last = v.timeline.at(-1);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600"><Link href="/reports" className="underline">{m.list.title}</Link> › {unit.name}</p>
          <h1 className="text-2xl font-bold">{KIND_LABEL[report.kind]} — {period.label}</h1>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <ReportStatusBadge status={report.status} overdue={v.overdue} />
            <span className="text-slate-700">{t.unitLine(unit.name, vnDay(period.from), vnDay(period.to), formatDate(new Date(report.dueAt.getTime() - 1)))}</span>
            {report.firstSubmittedAt ? <span className={late ? "text-red-800" : "text-green-800"}>{t.submitted(late, formatDateTime(report.firstSubmittedAt))}</span> : null}
          </div>
        </div>
        <div className="flex gap-2">
          <a href={`/reports/${report.id}/export?format=pdf`} className={buttonClass("secondary")}>{t.pdf}</a>
          <a href={`/reports/${report.id}/export?format=xlsx`} className={buttonClass("secondary")}>{t.excel}</a>
        </div>
      </div>
      {last ? (
        <div data-testid="report-last-action">
          <Alert tone={last.kind === "returned" ? "warning" : "success"}>{lastActionText(last, formatDateTime)}</Alert>
        </div>
      ) : null}
      {returned ? <Alert tone="warning" title={t.returned}>{returned.reviewComment}</Alert> : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-700">
            {shown.live
              ? t.liveFigures(formatDateTime(shown.compiledAt))
              : t.frozenFigures(report.currentVersion, formatDateTime(shown.compiledAt))}
          </p>
          <FiguresTable data={shown.data} unitCode={unit.code} from={period.from} to={period.to} role={actor.role} />
        </div>
        <div className="flex flex-col gap-4">
          <Card title={t.textsCard}>
            {v.editable && can(actor, "report.prepare", report.unitId) ? (
              <TextsForm id={report.id} version={report.version} difficulties={report.difficulties} proposals={report.proposals} prepared={!!report.preparedAt} />
            ) : (
              <div className="flex flex-col gap-2 text-sm">
                <p className="font-medium">{t.difficulties}</p><p className="whitespace-pre-wrap">{(v.current && !v.editable ? v.current.difficulties : report.difficulties) || t.none}</p>
                <p className="font-medium">{t.proposals}</p><p className="whitespace-pre-wrap">{(v.current && !v.editable ? v.current.proposals : report.proposals) || t.none}</p>
              </div>
            )}
          </Card>
          {v.editable && can(actor, "report.submit", report.unitId) ? (
            <Card title={t.submitCard}>
              {report.preparedAt ? <SubmitForm id={report.id} version={report.version} /> : <p className="text-sm text-slate-700">{m.notPrepared}</p>}
            </Card>
          ) : null}
          {report.status === "SUBMITTED" && can(actor, "report.review", report.unitId) ? (
            <Card title={t.reviewCard}><ReviewForm id={report.id} version={report.version} /></Card>
          ) : null}
          <Card title={t.timelineCard}><ReportTimeline events={v.timeline} /></Card>
          <Card title={t.historyCard}><VersionHistory reportId={report.id} versions={report.versions} /></Card>
        </div>
      </div>
    </div>
  );
}
