"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { shortUnitName as shortName } from "@/lib/reports/dashboard-view";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";

const t = dashboardMessages.unitsChart;

export type UnitChartRow = { name: string; lookups: number; papers: number; copies: number };

const SERIES = [
  { key: "lookups", label: dashboardMessages.page.kpis.lookupsTotal, color: "#1d4ed8" },
  { key: "papers", label: dashboardMessages.page.papersSeries, color: "#15803d" },
  { key: "copies", label: dashboardMessages.page.kpis.copiesIssued, color: "#b45309" },
] as const;

const count = (v: unknown) => (typeof v === "number" ? v.toLocaleString("vi-VN") : String(v ?? ""));

/**
 * The month's key indicators per commune as horizontal bars (names stay readable on a phone), with
 * the same numbers as a table below for screen readers and anyone who prefers to read them.
 */
export function UnitsChart({ rows, title, note }: { rows: UnitChartRow[]; title: string; note?: string }) {
  const height = Math.max(160, rows.length * 34 + 70);
  const empty = rows.every((r) => r.lookups === 0 && r.papers === 0 && r.copies === 0);
  return (
    <figure className="flex min-w-0 flex-col gap-2">
      <figcaption className="text-sm font-semibold text-slate-800">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-600">{t.noMatch}</p>
      ) : (
        <>
          {empty ? (
            <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-600" data-testid="units-chart-empty">{t.empty}</p>
          ) : <div style={{ width: "100%", height }} role="img" aria-label={t.chartLabel(title)} data-testid="units-chart">
            <ResponsiveContainer>
              <BarChart data={rows.map((r) => ({ ...r, name: shortName(r.name) }))} layout="vertical" margin={{ top: 4, right: 12, bottom: 4, left: 4 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
                <XAxis type="number" fontSize={11} tickFormatter={(v: number) => v.toLocaleString("vi-VN")} />
                <YAxis type="category" dataKey="name" width={96} fontSize={11} interval={0} />
                <Tooltip formatter={(v) => count(v)} />
                <Legend wrapperStyle={{ fontSize: 12 }} />
                {SERIES.map((s) => <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} isAnimationActive={false} />)}
              </BarChart>
            </ResponsiveContainer>
          </div>}
          <details className="text-sm">
            <summary className="cursor-pointer text-slate-800 underline">{t.showTable}</summary>
            <div className="mt-2 max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={t.tableLabel(title)}>
              <table className="w-full text-sm" data-testid="units-chart-table">
                <caption className="sr-only">{title}</caption>
                <thead className="bg-slate-100 text-slate-700">
                  <tr><th scope="col" className="px-2 py-1 text-left font-medium">{dashboardMessages.unitsTable.unit}</th>{SERIES.map((s) => <th key={s.key} scope="col" className="px-2 py-1 text-right font-medium">{s.label}</th>)}</tr>
                </thead>
                <tbody>
                  {rows.map((r) => <tr key={r.name} className="border-t border-slate-100"><th scope="row" className="px-2 py-1 text-left font-normal">{r.name}</th>{SERIES.map((s) => <td key={s.key} className="px-2 py-1 text-right tabular-nums">{count(r[s.key])}</td>)}</tr>)}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
      {note ? <p className="text-xs text-slate-600">{note}</p> : null}
    </figure>
  );
}
