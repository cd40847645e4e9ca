"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";

const t = dashboardMessages.trend;

export type TrendSeries = { key: string; label: string; color: string };

const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;
const count = (v: unknown) => (typeof v === "number" ? v.toLocaleString("vi-VN") : String(v ?? ""));

/** A monthly trend (one line per series). The same numbers are in the table beside it. */
export function TrendChart({ data, series, unit = "", height = 260, title, domain }: { data: Record<string, number | string | null>[]; series: TrendSeries[]; unit?: string; height?: number; title: string; domain?: [number | string, number | string] }) {
  return (
    <figure className="flex flex-col gap-1">
      <figcaption className="text-sm font-semibold text-slate-800">{title}</figcaption>
      {data.length === 0 ? (
        <p className="flex items-center justify-center rounded border border-dashed border-slate-300 text-sm text-slate-600" style={{ height }}>
          {t.empty}
        </p>
      ) : (
        <div style={{ width: "100%", height }} role="img" aria-label={title}>
          <ResponsiveContainer>
            <LineChart data={data} margin={{ top: 8, right: 16, bottom: 4, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="month" tickFormatter={monthLabel} fontSize={12} />
              <YAxis fontSize={12} domain={domain} tickFormatter={(v: number) => `${v.toLocaleString("vi-VN")}${unit}`} width={70} />
              <Tooltip labelFormatter={(m) => t.month(monthLabel(String(m)))} formatter={(v) => `${count(v)}${unit}`} />
              <Legend />
              {series.map((s) => <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={s.color} strokeWidth={2} dot={false} isAnimationActive={false} />)}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}
