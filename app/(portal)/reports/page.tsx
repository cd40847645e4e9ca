import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { listAdHocRequests } from "@/lib/reports/ad-hoc";
import { listReports, listUnitCalendar } from "@/lib/reports/list-reports";
import { KIND_LABEL } from "@/lib/reports/periods";
import { openReportAction } from "@/lib/reports/actions";
import { formatDate, formatDateTime } from "@/lib/text/format";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { AdHocForm } from "@/components/reports/report-forms";
import { PendingLink, PendingSubmit } from "@/components/reports/pending-controls";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { reportMessages } from "@/lib/reports/messages";
import { ListTable, PageHeader } from "@/components/ui/list-table";

const t = reportMessages.list;

export const metadata: Metadata = { title: t.title };

/** The last day still on time: the day before the (exclusive) due instant. */
const dueText = (dueAt: Date) => formatDate(new Date(dueAt.getTime() - 1));

export default async function ReportsPage() {
  const actor = await requirePermission("report.read");
  if (actor.role === "PROVINCIAL_OFFICER") return <ProvincialReports />;
  const unit = actor.unit;
  const entries = unit ? await listUnitCalendar(actor, unit.id) : [];
  const canPrepare = roleCan(actor.role, "report.prepare");
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.heading} intro={t.intro} />
      <ListTable minWidth="min-w-[720px]" columns={[t.kind, t.period, t.due, t.status, <span key="actions" className="sr-only">{t.actions}</span>]} isEmpty={entries.length === 0} empty={t.empty}>
        {entries.map((e) => (
          <tr key={`${e.kind}:${e.period}`} className="border-t border-slate-100">
            <td className="px-3 py-2">{KIND_LABEL[e.kind]}</td>
            <td className="px-3 py-2 font-medium">{e.label}</td>
            <td className="px-3 py-2 tabular-nums">{dueText(e.dueAt)}</td>
            <td className="px-3 py-2"><ReportStatusBadge status={e.report?.status ?? null} overdue={e.overdue} /></td>
            <td className="px-3 py-2 text-right">
              {e.report ? (
                <PendingLink href={`/reports/${e.report.id}`} className={buttonClass("secondary")} pendingText={t.opening}>{t.view}</PendingLink>
              ) : canPrepare && unit ? (
                <form action={openReportAction}>
                  <input type="hidden" name="unitId" value={unit.id} />
                  <input type="hidden" name="kind" value={e.kind} />
                  <input type="hidden" name="period" value={e.period} />
                  <PendingSubmit className={`${buttonClass("primary")} whitespace-nowrap`} ariaLabel={t.prepareLabel(e.label)} pendingText={t.preparing}>{t.prepare}</PendingSubmit>
                </form>
              ) : <span className="text-slate-600">{t.awaitingOfficer}</span>}
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}

async function ProvincialReports() {
  const actor = await requirePermission("report.review");
  const [waiting, all, adHoc] = await Promise.all([listReports(actor, { status: "SUBMITTED" }), listReports(actor, {}), listAdHocRequests(actor)]);
  const recent = all.filter((r) => r.status !== "SUBMITTED").slice(0, 50);
  const table = (rows: typeof all, empty: string) => (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[720px] text-sm">
        <thead className="text-left text-slate-700">
          <tr><th scope="col" className="py-2 font-medium">{t.unit}</th><th scope="col" className="py-2 font-medium">{t.title}</th><th scope="col" className="py-2 font-medium">{t.submittedAt}</th><th scope="col" className="py-2 font-medium">{t.status}</th></tr>
        </thead>
        <tbody>
          {rows.length === 0 ? <tr><td colSpan={4} className="py-4 text-center text-slate-600">{empty}</td></tr> : rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100">
              <td className="py-2">{r.unit.name}</td>
              <td className="py-2"><Link href={`/reports/${r.id}`} className="underline">{KIND_LABEL[r.kind]} {r.kind === "AD_HOC" ? "" : r.period} {t.version(r.currentVersion)}</Link></td>
              <td className="py-2 tabular-nums">{r.submittedAt ? formatDateTime(r.submittedAt) : "—"}{r.firstSubmittedAt && r.firstSubmittedAt >= r.dueAt ? <span className="ml-2 text-xs text-red-800">{t.late}</span> : null}</td>
              <td className="py-2"><ReportStatusBadge status={r.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.provincialHeading} intro={t.provincialIntro} action={<Link href="/dashboard" className={buttonClass("secondary")}>{t.dashboard}</Link>} />
      <Card title={t.waiting(waiting.length)}>{table(waiting, t.noneWaiting)}</Card>
      <Card title={t.recent}>{table(recent, t.noReports)}</Card>
      <Card title={t.adHoc}>
        <AdHocForm />
        {adHoc.length ? (
          <ul className="mt-4 divide-y divide-slate-100 text-sm">
            {adHoc.map((a) => (
              <li key={a.id} className="py-2">
                <span className="font-medium">{a.title}</span> {t.adHocLine(formatDate(a.periodFrom), formatDate(a.periodTo), formatDate(a.dueAt))}{a.unitIds.length ? t.adHocUnits(a.unitIds.length) : t.allCommunes}
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
    </div>
  );
}
