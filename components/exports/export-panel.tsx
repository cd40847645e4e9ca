"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { requestExportAction } from "@/lib/exports/actions";
import { exportKeys } from "@/lib/exports/query-keys";
import { EXPORT_STATUS_LABELS, type ExportJobView, type ExportKind } from "@/lib/exports/types";
import { exportMessages } from "@/lib/exports/messages";

const t = exportMessages;

const count = (n: number) => n.toLocaleString("vi-VN");
const size = (bytes: number | null) => (bytes == null ? "" : bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`);
const CLOCK = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit", hour12: false });
/** dd/MM/yyyy HH:mm in Vietnam, as the portal's formatDateTime. */
const time = (iso: string) => {
  const p = Object.fromEntries(CLOCK.formatToParts(new Date(iso)).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}`;
};

/** How long the portal keeps an export file, read off a job so that the text follows the configured lifetime. */
const lifetimeHours = (job: ExportJobView) => Math.round((Date.parse(job.expiresAt) - Date.parse(job.createdAt)) / 3_600_000);

async function fetchJobs(): Promise<ExportJobView[]> {
  const res = await fetch("/api/exports", { cache: "no-store" });
  if (!res.ok) throw new Error(`exports ${res.status}`);
  return ((await res.json()) as { jobs: ExportJobView[] }).jobs;
}

/**
 * The download-by-filter button and the user's recent export files: a small export downloads at once; a
 * large one becomes a job whose progress bar is polled (every 1.5 s while one runs) until its
 * download button appears.
 */
export function ExportPanel({ kind, query, label = t.byFilter }: { kind: ExportKind; query: string; label?: string }) {
  const client = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const jobs = useQuery({
    queryKey: exportKeys.list(),
    queryFn: fetchJobs,
    refetchInterval: (q) => (q.state.data?.some((j) => j.status === "QUEUED" || j.status === "RUNNING") ? 1_500 : false),
  });
  const ask = useMutation({
    mutationFn: () => requestExportAction(kind, query),
    onSuccess: (result) => {
      if (result.mode === "direct") {
        setNotice(t.downloading(count(result.rows)));
        window.location.assign(result.url);
      } else if (result.mode === "job") {
        setNotice(t.queued(count(result.job.rowsTotal)));
        client.setQueryData<ExportJobView[]>(exportKeys.list(), (old) => [result.job, ...(old ?? []).filter((j) => j.id !== result.job.id)]);
        void client.invalidateQueries({ queryKey: exportKeys.list() });
      } else setNotice(result.error);
    },
    onError: () => setNotice(t.requestFailed),
  });
  const list = jobs.data ?? [];
  return (
    <section aria-label={t.panel} className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={buttonClass("secondary")} onClick={() => ask.mutate()} disabled={ask.isPending}>
          {ask.isPending ? t.preparing : `⬇ ${label}`}
        </button>
        <p role="status" aria-live="polite" className="text-sm text-slate-700">{notice}</p>
      </div>
      {list[0] ? (
        <div className="rounded-lg border border-slate-200 bg-white p-3">
          <h2 className="mb-2 text-sm font-semibold">{t.recentTitle}</h2>
          <ul className="flex flex-col gap-2">
            {list.map((j) => <JobRow key={j.id} job={j} />)}
          </ul>
          <p className="mt-2 text-xs text-slate-600">{t.keptFor(lifetimeHours(list[0]))}</p>
        </div>
      ) : null}
    </section>
  );
}

function JobRow({ job }: { job: ExportJobView }) {
  const pct = job.rowsTotal > 0 ? Math.min(100, Math.round((job.rowsDone / job.rowsTotal) * 100)) : job.status === "DONE" ? 100 : 0;
  const active = job.status === "QUEUED" || job.status === "RUNNING";
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-100 pt-2 text-sm first:border-t-0 first:pt-0" data-testid="export-job" data-status={job.status}>
      <div className="min-w-[14rem] flex-1">
        <p className="font-medium">{job.kindLabel}</p>
        <p className="text-xs text-slate-600">{time(job.createdAt)} · {t.rows(count(job.rowsTotal))} · {job.fileName}</p>
      </div>
      {active ? (
        <div className="flex min-w-[16rem] items-center gap-2">
          <progress className="h-2 w-40 accent-brand-700" max={100} value={pct} aria-label={t.progress(job.kindLabel)} />
          <span className="tabular-nums text-slate-700">{EXPORT_STATUS_LABELS[job.status]}: {count(job.rowsDone)}/{count(job.rowsTotal)} ({pct}%)</span>
        </div>
      ) : job.status === "DONE" && job.downloadUrl ? (
        <a href={job.downloadUrl} download className={buttonClass("primary")}>{t.download(size(job.fileSize))}</a>
      ) : (
        <p className="text-red-800">{job.error ?? EXPORT_STATUS_LABELS[job.status]}</p>
      )}
    </li>
  );
}
