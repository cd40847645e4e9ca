import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/actor";
import { orNotFound } from "@/lib/not-found";
import { getReport } from "@/lib/reports/get-report";
import { KIND_LABEL } from "@/lib/reports/periods";
import { reportMessages as m } from "@/lib/reports/messages";
import { vnDay } from "@/lib/reports/links";
import { formatDate, formatDateTime } from "@/lib/format";
import { FiguresTable } from "@/components/reports/figures-table";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { ReviewForm, SubmitForm, TextsForm } from "@/components/reports/report-forms";
import { VersionHistory } from "@/components/reports/version-history";
import { ReportTimeline } from "@/components/reports/report-timeline";
import { lastActionText } from "@/lib/reports/timeline";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Báo cáo" };

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
          <p className="text-sm text-slate-600"><Link href="/reports" className="underline">Báo cáo</Link> › {unit.name}</p>
          <h1 className="text-2xl font-bold">{KIND_LABEL[report.kind]} — {period.label}</h1>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <ReportStatusBadge status={report.status} overdue={v.overdue} />
            <span className="text-slate-700">{unit.name} · kỳ {vnDay(period.from)}–{vnDay(period.to)} · hạn gửi chậm nhất {formatDate(new Date(report.dueAt.getTime() - 1))}</span>
            {report.firstSubmittedAt ? <span className={late ? "text-red-800" : "text-green-800"}>{late ? "Gửi muộn" : "Gửi đúng hạn"} ({formatDateTime(report.firstSubmittedAt)})</span> : null}
          </div>
        </div>
        <div className="flex gap-2">
          <a href={`/reports/${report.id}/export?format=pdf`} className={buttonClass("secondary")}>Tải PDF</a>
          <a href={`/reports/${report.id}/export?format=xlsx`} className={buttonClass("secondary")}>Tải Excel</a>
        </div>
      </div>
      {last ? (
        <div data-testid="report-last-action">
          <Alert tone={last.kind === "returned" ? "warning" : "success"}>{lastActionText(last, formatDateTime)}</Alert>
        </div>
      ) : null}
      {returned ? <Alert tone="warning" title="Sở Tư pháp đã trả lại báo cáo">{returned.reviewComment}</Alert> : null}
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[2fr_1fr]">
        <div className="flex flex-col gap-3">
          <p className="text-sm text-slate-700">
            {shown.live
              ? `Số liệu tổng hợp tự động lúc ${formatDateTime(shown.compiledAt)} từ dữ liệu của Cổng; được chốt khi lãnh đạo ký gửi.`
              : `Số liệu đã chốt khi ký gửi lần ${report.currentVersion} (${formatDateTime(shown.compiledAt)}); hoạt động phát sinh sau đó không làm thay đổi báo cáo.`}
          </p>
          <FiguresTable data={shown.data} unitCode={unit.code} from={period.from} to={period.to} role={actor.role} />
        </div>
        <div className="flex flex-col gap-4">
          <Card title="Khó khăn, vướng mắc và đề xuất">
            {v.editable && can(actor, "report.prepare", report.unitId) ? (
              <TextsForm id={report.id} version={report.version} difficulties={report.difficulties} proposals={report.proposals} prepared={!!report.preparedAt} />
            ) : (
              <div className="flex flex-col gap-2 text-sm">
                <p className="font-medium">Khó khăn, vướng mắc</p><p className="whitespace-pre-wrap">{(v.current && !v.editable ? v.current.difficulties : report.difficulties) || "Không có."}</p>
                <p className="font-medium">Đề xuất, kiến nghị</p><p className="whitespace-pre-wrap">{(v.current && !v.editable ? v.current.proposals : report.proposals) || "Không có."}</p>
              </div>
            )}
          </Card>
          {v.editable && can(actor, "report.submit", report.unitId) ? (
            <Card title="Ký gửi">
              {report.preparedAt ? <SubmitForm id={report.id} version={report.version} /> : <p className="text-sm text-slate-700">{m.notPrepared}</p>}
            </Card>
          ) : null}
          {report.status === "SUBMITTED" && can(actor, "report.review", report.unitId) ? (
            <Card title="Tiếp nhận báo cáo"><ReviewForm id={report.id} version={report.version} /></Card>
          ) : null}
          <Card title="Diễn biến của báo cáo"><ReportTimeline events={v.timeline} /></Card>
          <Card title="Lịch sử các lần gửi"><VersionHistory reportId={report.id} versions={report.versions} /></Card>
        </div>
      </div>
    </div>
  );
}
