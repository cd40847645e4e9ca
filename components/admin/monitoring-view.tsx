"use client";

import { useState } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { probeNowAction } from "@/lib/admin/monitoring/actions";
import { fetchMonitoring } from "@/lib/admin/monitoring/monitoring-json";
import { monitoringKeys } from "@/lib/admin/monitoring/query-keys";
import type { Monitoring, WindowStats } from "@/lib/admin/monitoring/probe-stats";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatCount, formatDateTime } from "@/lib/text/format";
import { slugLabel } from "@/lib/adapters/systems";
import { adminMessages } from "@/lib/admin/messages";
import { messages } from "@/lib/text/messages";
import { PageHeader, TableHead } from "@/components/ui/list-table";

const t = adminMessages.monitoring;

const BREAKER: Record<string, string> = t.breaker;
const percent = (x: number | null) => (x === null ? "—" : `${(x * 100).toLocaleString("vi-VN", { maximumFractionDigits: 2 })}%`);
const ms = (x: number | null) => (x === null ? "—" : `${formatCount(x)} ms`);

function WindowRow({ label, w }: { label: string; w: WindowStats }) {
  const errors = Object.entries(w.errors);
  return (
    <tr className="border-t border-slate-100">
      <th scope="row" className="px-3 py-2 text-left font-medium">{label}</th>
      <td className="px-3 py-2 tabular-nums">{percent(w.availability)}</td>
      <td className="px-3 py-2 tabular-nums">{ms(w.p50Ms)}</td>
      <td className="px-3 py-2 tabular-nums">{ms(w.p95Ms)}</td>
      <td className="px-3 py-2 tabular-nums">{formatCount(w.probes)}</td>
      <td className="px-3 py-2">{errors.length ? errors.map(([k, n]) => `${k}: ${formatCount(n)}`).join(", ") : "0"}</td>
    </tr>
  );
}

/**
 * The monitoring page's body: a query refetched at the probe interval (the server-rendered figures
 * are its first data), and the "check now" button as a mutation that invalidates it. While a refetch runs,
 * or when one failed, the figures shown say how old they are.
 */
export function MonitoringView({ initial }: { initial: Monitoring }) {
  const client = useQueryClient();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const query = useQuery({
    queryKey: monitoringKeys.overview(),
    queryFn: fetchMonitoring,
    initialData: initial,
    initialDataUpdatedAt: initial.loadedAt,
    refetchInterval: (q) => (q.state.data ?? initial).probeIntervalSeconds * 1000,
    staleTime: (q) => (q.state.data ?? initial).probeIntervalSeconds * 1000,
  });
  const probe = useMutation({
    mutationFn: () => probeNowAction(),
    onSuccess: (result) => setNotice(result.error ? { tone: "error", text: result.error } : { tone: "success", text: result.done ?? "" }),
    onError: () => setNotice({ tone: "error", text: t.probeFailed }),
    onSettled: () => client.invalidateQueries({ queryKey: monitoringKeys.all }),
  });
  const { stats, recent, probeIntervalSeconds } = query.data;
  const updatedAt = formatDateTime(new Date(query.data.loadedAt));
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.title} intro={t.intro(formatCount(probeIntervalSeconds))} action={
        <div className="flex max-w-md flex-col items-end gap-2">
          {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
          <Button type="button" onClick={() => probe.mutate()} disabled={probe.isPending} aria-busy={probe.isPending}>
            {probe.isPending ? t.probing : t.probeNow}
          </Button>
        </div>
      } />
      <p className="text-xs text-slate-600" role="status" aria-live="polite" data-testid="monitoring-freshness">
        {query.isFetching ? messages.common.refreshing : messages.common.updatedAt(updatedAt)}
      </p>
      {query.isError ? (
        <Alert tone="error" title={t.loadFailed}>
          <p>{t.stale(updatedAt)}</p>
          <Button type="button" variant="secondary" className="mt-2" onClick={() => void query.refetch()} disabled={query.isFetching}>{messages.errorPage.retry}</Button>
        </Alert>
      ) : null}
      {stats.map((s) => (
        <Card key={s.system} title={slugLabel(s.system, "title")}>
          <p className="mb-3 text-sm" data-testid={`status-${s.system}`}>
            {s.latest ? (
              <>
                <span className={`mr-2 rounded px-2 py-0.5 text-xs font-semibold ${s.latest.ok ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}>{s.latest.ok ? adminMessages.users.active : t.error(s.latest.errorKind ?? t.unknownError)}</span>
                {t.latest(formatDateTime(s.latest.at), formatCount(s.latest.latencyMs))} <strong>{BREAKER[s.latest.breakerState] ?? s.latest.breakerState}</strong>
              </>
            ) : t.noProbe}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full min-w-[640px] text-sm">
              <TableHead columns={[t.window, t.availability, "p50", "p95", t.probes, t.errors]} />
              <tbody>
                <WindowRow label={t.shortWindow} w={s.day} />
                <WindowRow label={t.longWindow} w={s.month} />
              </tbody>
            </table>
          </div>
        </Card>
      ))}
      <Card title={t.recent}>
        {recent.length === 0 ? <p className="text-sm text-slate-600">{t.noData}</p> : (
          <ul className="divide-y divide-slate-100 text-sm">
            {recent.map((r) => (
              <li key={String(r.id)} className="flex flex-wrap gap-x-3 py-1.5">
                <span className="tabular-nums text-slate-600">{formatDateTime(r.at)}</span>
                <span>{slugLabel(r.system, "title")}</span>
                <span className={r.ok ? "text-green-800" : "text-red-800"}>{r.ok ? "OK" : r.errorKind}</span>
                <span className="tabular-nums">{formatCount(r.latencyMs)} ms</span>
                <span className="text-slate-600">{BREAKER[r.breakerState] ?? r.breakerState}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
