// Pure helpers of the dashboard's commune views (filter, reporting-status grid, chart data), kept
// free of server and React imports so that unit tests and client components share them.
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { dashboardMessages } from "@/lib/reports/dashboard-messages";
import { foldVietnamese } from "@/lib/text/normalize";

/** How many months the dashboard's trend charts (the province's and a unit's) cover, the current one included. */
export const TREND_MONTHS = 12;

/**
 * Whether a commune matches what was typed, ignoring accents, case, apostrophes and extra spaces:
 * "pleiku" finds "Phường Pleiku", "ia o" finds "Xã Ia O". The typed words must be consecutive words
 * of the name, the last one possibly cut short (as it is while typing); one word may also start the
 * unit's code. Empty: all.
 */
export function matchesUnit(query: string, unit: { name: string; code: string; district?: string }): boolean {
  const words = foldVietnamese(query).split(" ").filter(Boolean);
  if (words.length === 0) return true;
  const name = foldVietnamese(unit.name).split(" ");
  if (words.length === 1 && unit.code.startsWith(words[0]!)) return true;
  // Consecutive words of the name, each starting with the typed word (the last may be partial).
  for (let i = 0; i + words.length <= name.length; i++) {
    if (words.every((w, j) => (j === words.length - 1 ? name[i + j]!.startsWith(w) : name[i + j] === w))) return true;
  }
  return false;
}

export function filterUnits<T extends { name: string; code: string }>(rows: readonly T[], query: string): T[] {
  return rows.filter((r) => matchesUnit(query, r));
}

export type GridState = "accepted" | "submitted" | "returned" | "draft" | "overdue" | "notStarted" | "notDue";

/** Label (the text shown in each cell: never colour alone), short mark and colours of each state. */
export const GRID_STATES: Record<GridState, { label: string; mark: string; className: string }> = {
  accepted: { label: "Đã tiếp nhận", mark: "✓", className: "bg-green-100 text-green-900 border-green-300" },
  submitted: { label: "Đã gửi, chờ tiếp nhận", mark: "↑", className: "bg-blue-100 text-blue-900 border-blue-300" },
  returned: { label: "Bị trả lại", mark: "↺", className: "bg-amber-100 text-amber-900 border-amber-300" },
  draft: { label: "Đang lập", mark: "…", className: "bg-slate-100 text-slate-900 border-slate-300" },
  overdue: { label: "Quá hạn", mark: "!", className: "bg-red-100 text-red-900 border-red-400" },
  notStarted: { label: "Chưa lập", mark: "○", className: "bg-white text-slate-800 border-slate-300" },
  notDue: { label: "Chưa đến hạn", mark: "–", className: "bg-white text-slate-600 border-slate-200 border-dashed" },
};
export const GRID_ORDER: readonly GridState[] = ["accepted", "submitted", "returned", "draft", "overdue", "notStarted", "notDue"];

/**
 * A commune's reporting state for the month. Overdue wins over a draft (the deadline passed with
 * nothing sent); a report sent once is never overdue again, even when returned for correction.
 */
export function gridState(row: { report: { status: ReportStatus } | null; overdue: boolean }, monthIsDue: boolean): GridState {
  const status = row.report?.status;
  if (status === "ACCEPTED") return "accepted";
  if (status === "SUBMITTED") return "submitted";
  if (status === "RETURNED") return "returned";
  if (row.overdue) return "overdue";
  if (status === "DRAFT") return "draft";
  return monthIsDue ? "notStarted" : "notDue";
}

/** How many communes are in each state, in legend order. */
export function countStates(states: readonly GridState[]): { state: GridState; count: number }[] {
  return GRID_ORDER.map((state) => ({ state, count: states.filter((s) => s === state).length }));
}

/** The communes with most activity for the chart (a bar per commune is unreadable past ~20). */
export function topUnits<T extends { figures: { lookupsTotal: number; papersCut: number; copiesIssued: number } }>(rows: readonly T[], n: number): T[] {
  const score = (r: T) => r.figures.lookupsTotal * 1_000_000 + r.figures.copiesIssued * 1_000 + r.figures.papersCut;
  return [...rows].sort((a, b) => score(b) - score(a)).slice(0, n);
}

/** A commune's name without its kind ("Xã Ia O" → "Ia O"), for the narrow cells of the grid and chart. */
export const shortUnitName = (name: string) => name.replace(/^(Xã|Phường|Thị trấn)\s+/u, "");

/** The lines of the activity trend charts (the province's and a unit's): lookups, papers cut, copies issued. */
export const ACTIVITY_TREND_SERIES = [
  { key: "lookups", label: dashboardMessages.page.kpis.lookupsTotal, color: "#1d4ed8" },
  { key: "papers", label: dashboardMessages.page.papersSeries, color: "#15803d" },
  { key: "copies", label: dashboardMessages.page.copiesSeries, color: "#b45309" },
];
