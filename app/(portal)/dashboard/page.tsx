import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { requirePermission } from "@/lib/auth/guards";
import { getDashboard } from "@/lib/reports/dashboard";
import { findUnusualUse } from "@/lib/audit/unusual-use";
import { ZDashboardFilter } from "@/lib/reports/schemas";
import { INDICATORS } from "@/lib/reports/indicators";
import { indicatorHref } from "@/lib/reports/links";
import { reportMessages as m } from "@/lib/reports/messages";
import { formatCount, formatDate, formatMoney } from "@/lib/text/format";
import { TrendChart } from "@/components/dashboard/trend-chart";
import type { UnitRow } from "@/components/dashboard/units-table";
import { CommunesPanel } from "@/components/dashboard/communes-panel";
import { AvailabilityTile, ReportingTile } from "@/components/dashboard/live-tiles";
import { ACTIVITY_TREND_SERIES, TREND_MONTHS, gridState } from "@/lib/reports/dashboard-view";
import { UnusualUsePanel } from "@/components/lookups/unusual-use-panel";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Loading } from "@/components/ui/loading";
import { SYSTEM_LABELS } from "@/lib/adapters/systems";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";

const tx = dashboardMessages.page;

export const metadata: Metadata = { title: tx.title };

const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("dashboard.view");
  const filter = ZDashboardFilter.parse(await searchParams);
  const d = await getDashboard(actor, filter);
  const t = d.totals;
  const rows: UnitRow[] = d.rows.map((r) => ({
    id: r.id, code: r.code, name: r.name, district: r.district, formerProvince: r.formerProvince, figures: r.figures,
    reportId: r.report?.id ?? null, reportStatus: r.report ? m.statuses[r.report.status] : r.overdue ? m.overdue : "—", overdue: r.overdue,
    reportingRate: pct(r.submitted, r.expected), onTimeRate: pct(r.onTime, r.expected), state: gridState(r, d.month.isDue),
  }));
  const kpis = [
    { key: "lookupsTotal", label: tx.kpis.lookupsTotal, value: formatCount(t.lookupsTotal) },
    { key: "dossiers", label: tx.kpis.dossiers, value: formatCount(t.dossiers) },
    { key: "papersCut", label: tx.kpis.papersCut, value: formatCount(t.papersCut) },
    { key: "copiesIssued", label: tx.kpis.copiesIssued, value: formatCount(t.copiesIssued + t.confirmationsIssued) },
    { key: "copiesIssuedOnTime", label: tx.kpis.copiesIssuedOnTime, value: `${pct(t.copiesIssuedOnTime + t.confirmationsIssuedOnTime, t.copiesIssued + t.confirmationsIssued)?.toLocaleString("vi-VN") ?? "—"} %` },
    { key: "agencyReceived", label: tx.kpis.agencyReceived, value: `${formatCount(t.agencyReceived)} (${formatCount(t.agencyLate)})` },
    { key: "feesCollected", label: tx.kpis.feesCollected, value: formatMoney(t.feesCollected) },
    { key: "officersWithGrant", label: tx.kpis.officersWithGrant, value: `${formatCount(t.officersWithGrant)}/${formatCount(t.officers)}` },
  ] as const;
  const trend = d.trends.map((x) => ({ month: x.month, lookups: x.figures.lookupsTotal, papers: x.figures.papersCut, copies: x.figures.copiesIssued, received: x.figures.copiesReceived }));
  const prev = (n: number) => {
    const [y, mo] = d.month.key.split("-").map(Number) as [number, number];
    const i = y * 12 + mo - 1 + n;
    return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
  };
  return (
    <div className="flex min-w-0 flex-col gap-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold break-words">{tx.heading(d.month.label)}</h1>
          <p className="text-sm text-slate-700">{tx.intro(formatCount(d.rows.length))}</p>
        </div>
        <nav className="flex flex-wrap gap-2" aria-label={tx.pickMonth}>
          <Link href={`/dashboard?month=${prev(-1)}`} className={buttonClass("secondary")}>{tx.previousMonth}</Link>
          <Link href={`/dashboard?month=${prev(1)}`} className={buttonClass("secondary")}>{tx.nextMonth}</Link>
          <a href={`/reports/summary/export?month=${d.month.key}&format=pdf`} className={buttonClass("secondary")}>{tx.summaryPdf}</a>
          <a href={`/reports/summary/export?month=${d.month.key}&format=xlsx`} className={buttonClass("secondary")}>{tx.summaryExcel}</a>
        </nav>
      </div>
      <section aria-label={tx.provinceTotals} className="grid grid-cols-2 gap-3 md:grid-cols-4">
        {kpis.map((k) => {
          const href = indicatorHref(k.key, null, d.month.from, d.month.to, actor.role);
          return (
            <div key={k.key} className="rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
              <p className="text-xs text-slate-600">{k.label}</p>
              <p className="text-xl font-bold tabular-nums">{href ? <Link href={href} className="hover:underline">{k.value}</Link> : k.value}</p>
            </div>
          );
        })}
      </section>
      <div className="grid min-w-0 grid-cols-1 gap-4 lg:grid-cols-3">
        <ReportingTile initial={d.live} monthLabel={d.month.label} units={d.rows.length} rates={d.rates}
          notDue={d.month.isDue ? null : tx.notDue(formatDate(d.month.dueBefore))} />
        <Card title={tx.trendCard(TREND_MONTHS)} className="min-w-0 lg:col-span-2">
          <TrendChart title={tx.trendTitle} data={trend} series={ACTIVITY_TREND_SERIES} />
        </Card>
      </div>
      <div className="grid min-w-0 grid-cols-1 gap-4 lg:grid-cols-3">
        <AvailabilityTile initial={d.live} />
        <Card title={tx.availabilityCard} className="min-w-0 lg:col-span-2">
          <TrendChart title={tx.availabilityTitle} unit=" %" height={200} domain={["dataMin - 1", 100]} data={d.availabilityTrend} series={[
            { key: "civilRegistry", label: SYSTEM_LABELS.civilRegistry.name, color: "#7c3aed" },
            { key: "population", label: SYSTEM_LABELS.population.name, color: "#0e7490" },
          ]} />
        </Card>
      </div>
      <CommunesPanel rows={rows} month={d.month.key} monthLabel={d.month.label} indicatorCount={INDICATORS.length} />
      <Suspense fallback={<Loading />}>
        <UnusualUse />
      </Suspense>
    </div>
  );
}

async function UnusualUse() {
  const actor = await requirePermission("dashboard.view");
  return <UnusualUsePanel flags={await findUnusualUse(actor)} />;
}
