"use client";

import Link from "next/link";
import { useQuery } from "@tanstack/react-query";
import type { DashboardLive } from "@/lib/reports/dashboard-data";
import { reportKeys } from "@/lib/reports/query-keys";
import { SYSTEM_LABEL } from "@/lib/reports/indicators";
import { formatDateTime } from "@/lib/text/format";
import { Card } from "@/components/ui/card";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";
import { reportMessages } from "@/lib/reports/messages";
import { messages } from "@/lib/text/messages";

const t = dashboardMessages.liveTiles;

/** The tiles' figures, by GET (queries may run side by side; a page's server actions run one at a time). */
async function fetchDashboardLive(month: string): Promise<DashboardLive> {
  const res = await fetch(`/api/reports/dashboard-live?month=${encodeURIComponent(month)}`, { cache: "no-store", headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`dashboard-live: HTTP ${res.status}`);
  return (await res.json()) as DashboardLive;
}

/**
 * The dashboard's tiles that change without navigation share one query, refetched at the probe
 * interval; the server-rendered figures are its first data.
 */
function useDashboardLive(initial: DashboardLive) {
  return useQuery({
    queryKey: reportKeys.dashboardLive(initial.monthKey),
    queryFn: () => fetchDashboardLive(initial.monthKey),
    initialData: initial,
    initialDataUpdatedAt: initial.loadedAt,
    refetchInterval: (q) => (q.state.data ?? initial).probeIntervalSeconds * 1000,
    staleTime: (q) => (q.state.data ?? initial).probeIntervalSeconds * 1000,
  });
}

/** How fresh a tile is: updating, updated at, or a failed refresh with its retry. */
function Freshness({ query }: { query: ReturnType<typeof useDashboardLive> }) {
  const at = formatDateTime(new Date(query.data.loadedAt));
  if (query.isError) {
    return (
      <div role="alert" className="mt-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-xs text-red-900">
        {t.stale(at)}{" "}
        <button type="button" className="font-semibold underline" onClick={() => void query.refetch()} disabled={query.isFetching}>{messages.errorPage.retry}</button>
      </div>
    );
  }
  return <p className="mt-3 text-xs text-slate-600" role="status" aria-live="polite">{query.isFetching ? messages.common.refreshing : messages.common.updatedAt(at)}</p>;
}

export function AvailabilityTile({ initial }: { initial: DashboardLive }) {
  const query = useDashboardLive(initial);
  return (
    <Card title={t.connections} className="min-w-0">
      <ul className="flex flex-col gap-2 text-sm" data-testid="availability">
        {query.data.availability.map((a) => (
          <li key={a.system}><span className="font-medium">{SYSTEM_LABEL[a.system]}</span>: {a.availabilityPct === null ? t.noFigures : t.availability(a.availabilityPct.toLocaleString("vi-VN"), a.p95LatencyMs ?? "—")}</li>
        ))}
      </ul>
      <Freshness query={query} />
    </Card>
  );
}

/** The reporting tile: the month's submissions and overdue communes live, the 12-month rates as rendered. */
export function ReportingTile({ initial, monthLabel, units, rates, notDue }: {
  initial: DashboardLive;
  monthLabel: string;
  units: number;
  rates: { periods: number; reporting: number | null; onTime: number | null };
  /** Shown instead of the overdue list before the month's report is due. */
  notDue: string | null;
}) {
  const query = useDashboardLive(initial);
  const { overdue, monthSubmitted, monthKey } = query.data;
  return (
    <Card title={t.reporting} className="min-w-0 lg:col-span-1">
      <dl className="grid grid-cols-[1fr_auto] gap-y-1 text-sm">
        <dt>{t.submitted(monthLabel.toLowerCase())}</dt><dd className="text-right font-semibold tabular-nums">{monthSubmitted}/{units}</dd>
        <dt>{t.reportingRate(rates.periods)}</dt><dd className="text-right font-semibold tabular-nums">{rates.reporting?.toLocaleString("vi-VN") ?? "—"} %</dd>
        <dt>{t.onTimeRate}</dt><dd className="text-right font-semibold tabular-nums">{rates.onTime?.toLocaleString("vi-VN") ?? "—"} %</dd>
      </dl>
      <h3 className="mt-3 text-sm font-semibold">{t.overdue(overdue.length)}</h3>
      {overdue.length ? (
        <ul className="mt-1 max-h-48 overflow-auto text-sm" data-testid="overdue-units">
          {overdue.map((u) => <li key={u.id}><Link href={`/dashboard/units/${u.id}?month=${monthKey}`} className="underline">{u.name}</Link></li>)}
        </ul>
      ) : <p className="text-sm text-slate-600">{notDue ?? reportMessages.detail.none}</p>}
      <Freshness query={query} />
    </Card>
  );
}
