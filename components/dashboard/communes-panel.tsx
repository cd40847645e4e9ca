"use client";

import { useDeferredValue, useMemo, useState } from "react";
import { filterUnits, topUnits } from "@/lib/reports/dashboard-view";
import { StatusGrid } from "@/components/dashboard/status-grid";
import { UnitsChart } from "@/components/dashboard/units-chart";
import { UnitsTable, type UnitRow } from "@/components/dashboard/units-table";
import { Card } from "@/components/ui/card";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";

const t = dashboardMessages.communes;

const CHART_MAX = 15;

/**
 * The communes of the month: one search box (accents optional: "ia o" finds "Ia O") narrows the
 * chart, the reporting-status grid and the table together.
 */
export function CommunesPanel({ rows, month, monthLabel, indicatorCount }: { rows: UnitRow[]; month: string; monthLabel: string; indicatorCount: number }) {
  const [query, setQuery] = useState("");
  const deferred = useDeferredValue(query);
  const shown = useMemo(() => filterUnits(rows, deferred), [rows, deferred]);
  const top = useMemo(() => topUnits(shown, CHART_MAX), [shown]);
  const figures = (r: UnitRow) => ({ name: r.name, lookups: r.figures.lookupsTotal, papers: r.figures.papersCut, copies: r.figures.copiesIssued + r.figures.confirmationsIssued });
  return (
    <div className="flex min-w-0 flex-col gap-4">
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 shadow-sm">
        <label className="flex w-full min-w-0 flex-col gap-1 text-sm font-medium sm:w-80">{t.search}
          <input
            type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t.searchPlaceholder}
            className="w-full rounded-md border border-slate-300 px-3 py-2 font-normal" data-testid="unit-filter" autoComplete="off"
          />
        </label>
        <p className="text-sm text-slate-700" aria-live="polite" data-testid="unit-filter-count">
          {deferred.trim() ? t.matching(shown.length, rows.length, deferred.trim()) : t.count(rows.length)} · {monthLabel}
        </p>
      </div>
      <Card title={t.reporting(monthLabel.toLowerCase())} className="min-w-0">
        <StatusGrid units={shown.map((r) => ({ id: r.id, code: r.code, name: r.name, reportId: r.reportId, state: r.state }))} month={month} monthLabel={monthLabel} />
      </Card>
      <Card title={t.chartCard} className="min-w-0">
        <UnitsChart
          rows={top.map(figures)}
          title={t.chartTitle(monthLabel.toLowerCase())}
          note={shown.length > CHART_MAX ? t.chartTop(CHART_MAX, shown.length) : undefined}
        />
      </Card>
      <Card title={t.tableCard} className="min-w-0">
        <UnitsTable rows={shown} month={monthLabel} monthKey={month} />
        <p className="mt-2 text-xs text-slate-600">{t.tableNote(indicatorCount)}</p>
      </Card>
    </div>
  );
}
