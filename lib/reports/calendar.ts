// The reporting calendar of the plan (section III), configurable. Dates are calendar days in
// Asia/Ho_Chi_Minh, which has kept UTC+7 without daylight saving since 1975, so a fixed offset is exact.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

export type ReportKind = "MONTHLY" | "HALF_YEARLY" | "YEARLY";

export type ReportingCalendar = {
  /** Reports are due before this day of the month after the period ends. */
  dueDay: number;
  /** Month (1–12) the half-year and year start in the previous calendar year: December by default. */
  yearStartMonth: number;
};

export const DEFAULT_CALENDAR: ReportingCalendar = { dueDay: 10, yearStartMonth: 12 };

/** A reporting period: first and last day (yyyy-MM-dd, local) and the due instant (exclusive). */
export type ReportingPeriod = { kind: ReportKind; label: string; from: string; to: string; dueBefore: Date };

function localParts(d: Date): { y: number; m: number; day: number } {
  const local = new Date(d.getTime() + VN_OFFSET_MS);
  return { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** Midnight at the start of a local day, as an instant. Month may overflow (13 → January next year). */
function localMidnight(y: number, m: number, day: number): Date {
  return new Date(Date.UTC(y, m - 1, day) - VN_OFFSET_MS);
}

function iso(y: number, m: number, day: number): string {
  const d = new Date(Date.UTC(y, m - 1, day));
  return d.toISOString().slice(0, 10);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The monthly period of month m/y. */
export function monthlyPeriod(y: number, m: number, cal = DEFAULT_CALENDAR): ReportingPeriod {
  return { kind: "MONTHLY", label: `Tháng ${pad(m)}/${y}`, from: iso(y, m, 1), to: iso(y, m + 1, 0), dueBefore: localMidnight(y, m + 1, cal.dueDay) };
}

/** The half-year ending in the month before yearStartMonth+6 (by default Dec of y-1 to May of y). */
export function halfYearPeriod(y: number, cal = DEFAULT_CALENDAR): ReportingPeriod {
  const startY = cal.yearStartMonth === 1 ? y : y - 1;
  const endM = ((cal.yearStartMonth + 5 - 1) % 12) + 1;
  return { kind: "HALF_YEARLY", label: `6 tháng đầu năm ${y}`, from: iso(startY, cal.yearStartMonth, 1), to: iso(y, endM + 1, 0), dueBefore: localMidnight(y, endM + 1, cal.dueDay) };
}

/** The reporting year y (by default 1 Dec of y-1 to 30 Nov of y, due before 10 Dec of y). */
export function yearPeriod(y: number, cal = DEFAULT_CALENDAR): ReportingPeriod {
  const startY = cal.yearStartMonth === 1 ? y : y - 1;
  const endM = cal.yearStartMonth === 1 ? 12 : cal.yearStartMonth - 1;
  return { kind: "YEARLY", label: `Năm ${y}`, from: iso(startY, cal.yearStartMonth, 1), to: iso(y, endM + 1, 0), dueBefore: localMidnight(y, endM + 1, cal.dueDay) };
}

/**
 * The periods whose report is due next, one per kind: the earliest period of that kind whose due
 * instant is still ahead of `now` (the month just ended until its due day, then the current month).
 */
export function upcomingDeadlines(now: Date, cal = DEFAULT_CALENDAR): ReportingPeriod[] {
  const { y, m } = localParts(now);
  const candidates: ReportingPeriod[] = [
    monthlyPeriod(m === 1 ? y - 1 : y, m === 1 ? 12 : m - 1, cal),
    monthlyPeriod(y, m, cal),
    halfYearPeriod(y, cal),
    halfYearPeriod(y + 1, cal),
    yearPeriod(y, cal),
    yearPeriod(y + 1, cal),
  ];
  const next = new Map<ReportKind, ReportingPeriod>();
  for (const p of candidates) {
    if (p.dueBefore.getTime() <= now.getTime()) continue;
    const current = next.get(p.kind);
    if (!current || p.dueBefore < current.dueBefore) next.set(p.kind, p);
  }
  return [...next.values()].sort((a, b) => a.dueBefore.getTime() - b.dueBefore.getTime());
}

/** The last day on which a report is still on time (the day before dueBefore), as dd/MM/yyyy. */
export function lastOnTimeDay(p: ReportingPeriod): string {
  const { y, m, day } = localParts(new Date(p.dueBefore.getTime() - 1));
  return `${pad(day)}/${pad(m)}/${y}`;
}
