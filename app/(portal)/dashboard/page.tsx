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
import { formatCount, formatDate, formatMoney } from "@/lib/format";
import { TrendChart } from "@/components/dashboard/trend-chart";
import type { UnitRow } from "@/components/dashboard/units-table";
import { CommunesPanel } from "@/components/dashboard/communes-panel";
import { AvailabilityTile, ReportingTile } from "@/components/dashboard/live-tiles";
import { gridState } from "@/lib/reports/dashboard-view";
import { UnusualUsePanel } from "@/components/lookups/unusual-use-panel";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Loading } from "@/components/ui/loading";
import { SYSTEM_LABELS } from "@/lib/adapters/systems";

export const metadata: Metadata = { title: "Bảng điều hành" };

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
    { key: "lookupsTotal", label: "Lượt tra cứu", value: formatCount(t.lookupsTotal) },
    { key: "dossiers", label: "Hồ sơ TTHC có tra cứu", value: formatCount(t.dossiers) },
    { key: "papersCut", label: "Giấy tờ được cắt giảm", value: formatCount(t.papersCut) },
    { key: "copiesIssued", label: "Bản sao, xác nhận đã cấp", value: formatCount(t.copiesIssued + t.confirmationsIssued) },
    { key: "copiesIssuedOnTime", label: "Cấp đúng hạn", value: `${pct(t.copiesIssuedOnTime + t.confirmationsIssuedOnTime, t.copiesIssued + t.confirmationsIssued)?.toLocaleString("vi-VN") ?? "—"} %` },
    { key: "agencyReceived", label: "Yêu cầu của cơ quan (quá hạn)", value: `${formatCount(t.agencyReceived)} (${formatCount(t.agencyLate)})` },
    { key: "feesCollected", label: "Phí đã thu", value: formatMoney(t.feesCollected) },
    { key: "officersWithGrant", label: "Công chức được khai thác CSDL dân cư", value: `${formatCount(t.officersWithGrant)}/${formatCount(t.officers)}` },
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
          <h1 className="text-2xl font-bold break-words">Bảng điều hành — {d.month.label}</h1>
          <p className="text-sm text-slate-700">Số liệu tổng hợp từ dữ liệu của Cổng cho {formatCount(d.rows.length)} xã, phường (tổng toàn tỉnh gồm cả hoạt động của Sở Tư pháp); mỗi số liệu dẫn tới danh sách bản ghi tương ứng.</p>
        </div>
        <nav className="flex flex-wrap gap-2" aria-label="Chọn tháng">
          <Link href={`/dashboard?month=${prev(-1)}`} className={buttonClass("secondary")}>‹ Tháng trước</Link>
          <Link href={`/dashboard?month=${prev(1)}`} className={buttonClass("secondary")}>Tháng sau ›</Link>
          <a href={`/reports/summary/export?month=${d.month.key}&format=pdf`} className={buttonClass("secondary")}>Báo cáo tổng hợp (PDF)</a>
          <a href={`/reports/summary/export?month=${d.month.key}&format=xlsx`} className={buttonClass("secondary")}>Báo cáo tổng hợp (Excel)</a>
        </nav>
      </div>
      <section aria-label="Tổng toàn tỉnh" className="grid grid-cols-2 gap-3 md:grid-cols-4">
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
          notDue={d.month.isDue ? null : `Chưa đến hạn (trước ${formatDate(d.month.dueBefore)}).`} />
        <Card title="Xu hướng 12 tháng" className="min-w-0 lg:col-span-2">
          <TrendChart title="Tra cứu, giấy tờ cắt giảm và bản sao đã cấp theo tháng" data={trend} series={[
            { key: "lookups", label: "Lượt tra cứu", color: "#1d4ed8" },
            { key: "papers", label: "Giấy tờ cắt giảm", color: "#15803d" },
            { key: "copies", label: "Bản sao đã cấp", color: "#b45309" },
          ]} />
        </Card>
      </div>
      <div className="grid min-w-0 grid-cols-1 gap-4 lg:grid-cols-3">
        <AvailabilityTile initial={d.live} />
        <Card title="Tỷ lệ sẵn sàng theo tháng (%)" className="min-w-0 lg:col-span-2">
          <TrendChart title="Tỷ lệ kiểm tra kết nối thành công" unit=" %" height={200} domain={["dataMin - 1", 100]} data={d.availabilityTrend} series={[
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
