import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getUnitDrillDown } from "@/lib/reports/unit-drill-down";
import { INDICATORS } from "@/lib/reports/indicators";
import { indicatorHref } from "@/lib/reports/links";
import { KIND_LABEL } from "@/lib/reports/periods";
import { formatDateTime, formatMoney } from "@/lib/text/format";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { Card } from "@/components/ui/card";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";
import { reportMessages } from "@/lib/reports/messages";
import { ACTIVITY_TREND_SERIES, TREND_MONTHS } from "@/lib/reports/dashboard-view";

const t = dashboardMessages.unit;

export const metadata: Metadata = { title: t.title };

export default async function UnitDrillDownPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("dashboard.view");
  const { id } = await params;
  const d = await orNotFound(getUnitDrillDown(actor, id));
  const trend = d.months.map((x) => ({ month: x.key, lookups: x.figures.lookupsTotal, papers: x.figures.papersCut, copies: x.figures.copiesIssued }));
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600"><Link href="/dashboard" className="underline">{dashboardMessages.page.title}</Link> › {d.unit.name}</p>
        <h1 className="text-2xl font-bold">{d.unit.name} <span className="text-base font-normal text-slate-600">{t.code(d.unit.code)}</span></h1>
      </div>
      <Card title={dashboardMessages.page.trendCard(TREND_MONTHS)}>
        <TrendChart title={dashboardMessages.communes.chartTitle(d.unit.name)} data={trend} height={220} series={ACTIVITY_TREND_SERIES} />
      </Card>
      <Card title={t.figuresCard}>
        {/* Focusable, so that keyboard users can scroll the wide table (axe: scrollable-region-focusable). */}
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t.figuresRegion(d.unit.name)}>
          <table className="w-full min-w-[1100px] text-sm" data-testid="drill-down-table">
            <thead className="text-slate-700">
              <tr><th scope="col" className="px-2 py-1 text-left font-medium">{reportMessages.figures.indicator}</th>{d.months.map((x) => <th key={x.key} scope="col" className="px-2 py-1 text-right font-medium">{x.key.slice(5)}/{x.key.slice(2, 4)}</th>)}</tr>
            </thead>
            <tbody>
              {INDICATORS.map((i) => (
                <tr key={i.key} className="border-t border-slate-100">
                  <th scope="row" className="px-2 py-1 text-left font-normal">{i.group}: {i.label}</th>
                  {d.months.map((x) => {
                    const v = x.figures[i.key];
                    const text = i.money ? formatMoney(v) : v.toLocaleString("vi-VN");
                    const href = indicatorHref(i.key, d.unit.code, x.from, x.to, actor.role);
                    return <td key={x.key} className="px-2 py-1 text-right tabular-nums">{href && v ? <Link href={href} className="underline decoration-dotted">{text}</Link> : text}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={t.reportsCard}>
        {d.reports.length === 0 ? <p className="text-sm text-slate-600">{t.noReports}</p> : (
          <ul className="divide-y divide-slate-100 text-sm">
            {d.reports.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-2 py-1.5">
                <Link href={`/reports/${r.id}`} className="underline">{KIND_LABEL[r.kind]} {r.period.length <= 7 ? r.period : ""}</Link>
                <ReportStatusBadge status={r.status} />
                <span className="text-slate-700">{r.firstSubmittedAt ? t.submitted(formatDateTime(r.firstSubmittedAt), r.firstSubmittedAt >= r.dueAt) : t.notSubmitted}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
