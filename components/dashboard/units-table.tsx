"use client";

import { Fragment, useMemo, useState } from "react";
import Link from "next/link";
import { INDICATORS, type Figures, type IndicatorKey } from "@/lib/reports/indicators";
import type { GridState } from "@/lib/reports/dashboard-view";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";

const t = dashboardMessages.unitsTable;

export type UnitRow = {
  id: string; code: string; name: string; district: string; formerProvince: string; figures: Figures;
  reportId: string | null; reportStatus: string; overdue: boolean; reportingRate: number | null; onTimeRate: number | null;
  state: GridState;
};

type Group = "unit" | "district" | "province";
type SortKey = IndicatorKey | "name" | "reportingRate" | "onTimeRate" | "copiesOnTimePct";

const BASE_KEYS = ["lookupsTotal", "dossiers", "papersCut", "copiesReceived", "copiesIssued", "copiesOnTimePct", "agencyReceived", "agencyLate", "feesCollected", "reportingRate", "onTimeRate"] as const satisfies readonly SortKey[];
const BASE: { key: SortKey; label: string }[] = BASE_KEYS.map((key) => ({ key, label: t.columns[key] }));

const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);

function value(row: UnitRow, key: SortKey): number | string | null {
  if (key === "name") return row.name;
  if (key === "reportingRate") return row.reportingRate;
  if (key === "onTimeRate") return row.onTimeRate;
  if (key === "copiesOnTimePct") return pct(row.figures.copiesIssuedOnTime, row.figures.copiesIssued);
  return row.figures[key];
}

/**
 * All communes with their indicators for the month, sortable by any column (click the heading,
 * or pick any other indicator to add as a column), grouped by unit or by former district/province.
 */
export function UnitsTable({ rows, month, monthKey }: { rows: UnitRow[]; month: string; monthKey?: string }) {
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: "lookupsTotal", desc: true });
  const [group, setGroup] = useState<Group>("unit");
  const [extra, setExtra] = useState<IndicatorKey>("accessPopulation");
  const columns = useMemo(() => [...BASE, ...(BASE.some((c) => c.key === extra) ? [] : [{ key: extra as SortKey, label: INDICATORS.find((i) => i.key === extra)!.label }])], [extra]);

  const grouped: UnitRow[] = useMemo(() => {
    if (group === "unit") return rows;
    const by = new Map<string, UnitRow[]>();
    for (const r of rows) {
      const k = group === "district" ? `${r.district} (${r.formerProvince})` : r.formerProvince;
      by.set(k, [...(by.get(k) ?? []), r]);
    }
    return [...by.entries()].map(([k, list]) => {
      const figures = Object.fromEntries(INDICATORS.map((i) => [i.key, list.reduce((s, r) => s + r.figures[i.key], 0)])) as Figures;
      const avg = (f: (r: UnitRow) => number | null) => { const xs = list.map(f).filter((x): x is number => x !== null); return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null; };
      return { id: k, code: "", name: t.groupName(k, list.length), district: k, formerProvince: "", figures, reportId: null, reportStatus: t.groupSent(list.filter((r) => r.reportStatus !== "—").length, list.length), state: "notDue" as const, overdue: list.some((r) => r.overdue), reportingRate: avg((r) => r.reportingRate), onTimeRate: avg((r) => r.onTimeRate) };
    });
  }, [rows, group]);

  const sorted = useMemo(() => [...grouped].sort((a, b) => {
    const [x, y] = [value(a, sort.key), value(b, sort.key)];
    const c = typeof x === "string" || typeof y === "string" ? String(x ?? "").localeCompare(String(y ?? ""), "vi") : (x ?? -1) - (y ?? -1);
    return sort.desc ? -c : c;
  }), [grouped, sort]);

  const header = (key: SortKey, label: string, right = true) => (
    <th scope="col" aria-sort={sort.key === key ? (sort.desc ? "descending" : "ascending") : "none"} className={`px-2 py-2 font-medium ${right ? "text-right" : "text-left"}`}>
      <button type="button" className="underline decoration-dotted" onClick={() => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key !== "name" }))}>
        {label}{sort.key === key ? (sort.desc ? " ▼" : " ▲") : ""}
      </button>
    </th>
  );
  const fmt = (v: number | string | null) => (v === null ? "—" : typeof v === "number" ? v.toLocaleString("vi-VN") : v);

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex min-w-0 max-w-full flex-col gap-1 font-medium">{t.groupBy}
          <select value={group} onChange={(e) => setGroup(e.target.value as Group)} className="max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal">
            <option value="unit">{t.byUnit}</option>
            <option value="district">{t.byDistrict}</option>
            <option value="province">{t.byProvince}</option>
          </select>
        </label>
        <label className="flex w-full min-w-0 max-w-full flex-col gap-1 font-medium sm:w-auto sm:max-w-md">{t.addColumn}
          <select value={extra} onChange={(e) => setExtra(e.target.value as IndicatorKey)} className="w-full min-w-0 max-w-full truncate rounded-md border border-slate-300 bg-white px-2 py-1.5 font-normal">
            {INDICATORS.map((i) => <option key={i.key} value={i.key}>{i.group}: {i.label}</option>)}
          </select>
        </label>
        <span className="text-slate-600">{t.rowsOfMonth(sorted.length, month)}</span>
      </div>
      <p className="text-xs text-slate-600 lg:hidden" data-testid="scroll-hint"><span aria-hidden="true">↔ </span>{t.scrollHint}</p>
      <div className="max-h-[36rem] max-w-full overflow-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={t.region(month)}>
        <table className="w-full min-w-[1100px] text-sm" data-testid="units-table">
          <thead className="sticky top-0 bg-slate-100 text-slate-700">
            <tr>
              {header("name", t.unit, false)}
              {columns.map((c) => <Fragment key={c.key}>{header(c.key, c.label)}</Fragment>)}
              <th scope="col" className="px-2 py-2 text-left font-medium">{t.monthlyReport}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id} className={`border-t border-slate-100 ${r.overdue ? "bg-red-50/50" : ""}`}>
                <td className="px-2 py-1.5">{r.code ? <Link href={`/dashboard/units/${r.id}${monthKey ? `?month=${monthKey}` : ""}`} className="underline">{r.name}</Link> : r.name}{r.code && group === "unit" ? <span className="block text-xs text-slate-600">{r.district}</span> : null}</td>
                {columns.map((c) => <td key={c.key} className="px-2 py-1.5 text-right tabular-nums">{fmt(value(r, c.key))}</td>)}
                <td className="px-2 py-1.5">{r.reportId ? <Link href={`/reports/${r.reportId}`} className="underline">{r.reportStatus}</Link> : <span className={r.overdue ? "font-medium text-red-800" : ""}>{r.reportStatus}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
