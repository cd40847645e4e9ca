import { halfYearPeriod, monthlyPeriod, yearPeriod, type ReportingCalendar, type ReportingPeriod } from "@/lib/reports/calendar";
import { localDay } from "@/lib/reports/daily-stats";

export type CalendarKind = ReportingPeriod["kind"];
export const KIND_LABEL = { MONTHLY: "Báo cáo tháng", HALF_YEARLY: "Báo cáo 6 tháng", YEARLY: "Báo cáo năm", AD_HOC: "Báo cáo đột xuất" } as const;

/** The stored key of a calendar period: "2026-10", "2026-H1", "2026". */
export function periodKey(p: ReportingPeriod): string {
  if (p.kind === "MONTHLY") return p.from.slice(0, 7);
  return p.kind === "HALF_YEARLY" ? `${p.to.slice(0, 4)}-H1` : p.to.slice(0, 4);
}

/** The calendar period a key names, or null for a malformed key. */
export function periodFromKey(kind: CalendarKind, key: string, cal: ReportingCalendar): ReportingPeriod | null {
  if (kind === "MONTHLY") {
    const m = /^(\d{4})-(\d{2})$/.exec(key);
    return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? monthlyPeriod(Number(m[1]), Number(m[2]), cal) : null;
  }
  if (kind === "HALF_YEARLY") {
    const m = /^(\d{4})-H1$/.exec(key);
    return m ? halfYearPeriod(Number(m[1]), cal) : null;
  }
  return /^\d{4}$/.test(key) ? yearPeriod(Number(key), cal) : null;
}

/** The monthly period `back` months before the month of `now` (1 = the month just ended). */
export function monthBack(now: Date, back: number, cal: ReportingCalendar): ReportingPeriod {
  const [y, m] = localDay(now).split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return monthlyPeriod(Math.floor(index / 12), (index % 12) + 1, cal);
}

/**
 * The calendar periods a unit is expected to report on around `now`: every period that has ended
 * and fell due in the last `months` months, plus those ended and not yet due. Newest first.
 */
export function expectedPeriods(now: Date, cal: ReportingCalendar, months = 12): ReportingPeriod[] {
  const today = localDay(now);
  const [y] = today.split("-").map(Number) as [number];
  const horizon = monthBack(now, months, cal).dueBefore.getTime();
  const candidates = [
    ...Array.from({ length: months + 1 }, (_, i) => monthBack(now, i + 1, cal)),
    halfYearPeriod(y, cal), halfYearPeriod(y - 1, cal), yearPeriod(y, cal), yearPeriod(y - 1, cal),
  ];
  return candidates
    .filter((p) => p.to < today && p.dueBefore.getTime() > horizon)
    .sort((a, b) => b.dueBefore.getTime() - a.dueBefore.getTime() || a.kind.localeCompare(b.kind));
}
