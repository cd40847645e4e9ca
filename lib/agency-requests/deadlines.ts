import { addWorkingDays, vietnamClock, vietnamInstant, workingDaysBetween, type ServiceHours } from "@/lib/copies/due-time";
import type { SettingValue } from "@/lib/settings/settings";

type AgencySettings = SettingValue<"agencyRequests">;

/** Statuses in which the request still waits for someone at the portal: only these can be late. */
export const OPEN_AGENCY_STATUSES = ["SUBMITTED", "ACCEPTED"] as const;

/**
 * The deadline of a request received at `receivedAt`: the end of the working day that is
 * `defaultWorkingDays` working days after the day of receipt (weekends and serviceHours' holidays
 * skipped), or the end of the day the agency asked for when that is later.
 */
export function computeAgencyDueAt(receivedAt: Date, settings: Pick<AgencySettings, "defaultWorkingDays">, hours: ServiceHours, requestedDueOn: string | null): Date {
  const { day } = vietnamClock(receivedAt);
  const byDefault = addWorkingDays(day, settings.defaultWorkingDays, hours.holidays);
  const dueDay = requestedDueOn && requestedDueOn > byDefault ? requestedDueOn : byDefault;
  return vietnamInstant(dueDay, hours.workdayEnd);
}

export type DueFlag = "overdue" | "dueSoon" | null;

/**
 * Overdue: open and past its deadline. Due soon: open, not yet late, and due within
 * `dueSoonWorkingDays` working days of today (0: only on the day itself).
 */
export function dueFlag(request: { status: string; dueAt: Date }, now: Date, settings: Pick<AgencySettings, "dueSoonWorkingDays">, holidays: readonly string[]): DueFlag {
  if (!(OPEN_AGENCY_STATUSES as readonly string[]).includes(request.status)) return null;
  if (request.dueAt.getTime() < now.getTime()) return "overdue";
  const today = vietnamClock(now).day;
  const dueDay = vietnamClock(request.dueAt).day;
  return workingDaysBetween(today, dueDay, holidays) <= settings.dueSoonWorkingDays ? "dueSoon" : null;
}

/** The earliest deadline that still counts as "due soon" today, for a query's where clause. */
export function dueSoonLimit(now: Date, settings: Pick<AgencySettings, "dueSoonWorkingDays">, hours: ServiceHours): Date {
  const today = vietnamClock(now).day;
  const lastDay = settings.dueSoonWorkingDays > 0 ? addWorkingDays(today, settings.dueSoonWorkingDays, hours.holidays) : today;
  // Through the end of that Vietnam day.
  return new Date(vietnamInstant(lastDay, "00:00").getTime() + 24 * 60 * 60 * 1000 - 1);
}
