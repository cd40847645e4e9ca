import Link from "next/link";
import { GRID_ORDER, GRID_STATES, countStates, shortUnitName as shortName, type GridState } from "@/lib/reports/dashboard-view";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";

const t = dashboardMessages.statusGrid;

export type GridUnit = { id: string; code: string; name: string; reportId: string | null; state: GridState };

/**
 * The month's reporting status of every commune as a grid of cells coloured by state. Each cell
 * also says its state in words (and a mark), so colour is never the only signal; each links to the
 * unit's report, or to the unit's page when it has none for the month.
 */
export function StatusGrid({ units, month, monthLabel }: { units: GridUnit[]; month: string; monthLabel: string }) {
  const counts = countStates(units.map((u) => u.state));
  return (
    <div className="flex flex-col gap-3">
      <ul className="flex flex-wrap gap-2 text-xs" aria-label={t.legend} data-testid="status-legend">
        {counts.map(({ state, count }) => (
          <li key={state} className={`flex items-center gap-1 rounded border px-2 py-1 ${GRID_STATES[state].className}`}>
            <span aria-hidden="true" className="font-bold">{GRID_STATES[state].mark}</span>
            {GRID_STATES[state].label}: <span className="font-semibold tabular-nums">{count}</span>
          </li>
        ))}
      </ul>
      {units.length === 0 ? <p className="text-sm text-slate-600">{dashboardMessages.unitsChart.noMatch}</p> : (
        <ul className="grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-1.5" aria-label={t.grid(monthLabel.toLowerCase())} data-testid="status-grid">
          {[...units].sort((a, b) => GRID_ORDER.indexOf(a.state) - GRID_ORDER.indexOf(b.state) || a.name.localeCompare(b.name, "vi")).map((u) => (
            <li key={u.id}>
              <Link
                href={u.reportId ? `/reports/${u.reportId}` : `/dashboard/units/${u.id}?month=${month}`}
                className={`flex h-full min-w-0 flex-col rounded border px-2 py-1 text-xs leading-tight hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 ${GRID_STATES[u.state].className}`}
                data-state={u.state}
                title={`${u.name}: ${GRID_STATES[u.state].label}`}
              >
                <span className="truncate font-medium">{shortName(u.name)}</span>
                <span className="whitespace-nowrap"><span aria-hidden="true">{GRID_STATES[u.state].mark} </span>{GRID_STATES[u.state].label}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
