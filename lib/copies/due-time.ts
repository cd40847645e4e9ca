// Due times of copy and confirmation requests. Pure functions of the receipt instant and the
// configured service hours, so the rules are unit-tested without a clock or a database.
// Vietnam (Asia/Ho_Chi_Minh) has kept UTC+7 without daylight saving since 1975: a fixed offset is exact.
const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A year of holidays cannot hide every working day; past this the configuration is wrong. */
const MAX_DAYS_AHEAD = 400;

export type ServiceHours = {
  /** "HH:mm": requests received at or after it are due the next working day. */
  cutoffHour: string;
  workdayStart: string;
  /** "HH:mm": the due instant on the due day. */
  workdayEnd: string;
  /** Days off besides Saturday and Sunday, yyyy-MM-dd. */
  holidays: readonly string[];
};

/** Statuses in which the result is not yet ready: only these can be overdue. */
export const OPEN_STATUSES = ["RECEIVED", "PREPARED", "SIGNED"] as const;

function toMinutes(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`not an HH:mm time: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** The Vietnam calendar day (yyyy-MM-dd) and minute of the day of an instant. */
export function vietnamClock(at: Date): { day: string; minutes: number } {
  const local = new Date(at.getTime() + VN_OFFSET_MS);
  return { day: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** The instant of "HH:mm" on a Vietnam calendar day. */
export function vietnamInstant(day: string, hhmm: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - VN_OFFSET_MS + toMinutes(hhmm) * 60_000);
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Monday to Friday and not a configured holiday. */
export function isWorkingDay(day: string, holidays: ReadonlySet<string> | readonly string[]): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  const off = holidays instanceof Set ? holidays.has(day) : (holidays as readonly string[]).includes(day);
  return weekday !== 0 && weekday !== 6 && !off;
}

/** The first working day strictly after `day`. */
export function nextWorkingDay(day: string, holidays: ReadonlySet<string> | readonly string[]): string {
  const set = holidays instanceof Set ? holidays : new Set(holidays as readonly string[]);
  for (let i = 1; i <= MAX_DAYS_AHEAD; i++) {
    const candidate = addDays(day, i);
    if (isWorkingDay(candidate, set)) return candidate;
  }
  throw new Error(`no working day within ${MAX_DAYS_AHEAD} days after ${day}: check the holiday configuration`);
}

/**
 * When a request received at `receivedAt` is due: the end of the same working day when received on
 * a working day before the cutoff (and before the day ends), otherwise the end of the next working
 * day. "Issued as soon as the conditions are met" (Luật Hộ tịch Art. 64) is tracked as this target.
 */
export function computeDueAt(receivedAt: Date, hours: ServiceHours): Date {
  const holidays = new Set(hours.holidays);
  const { day, minutes } = vietnamClock(receivedAt);
  // A cutoff configured after the end of the day must not give a due time before the receipt.
  const lateFrom = Math.min(toMinutes(hours.cutoffHour), toMinutes(hours.workdayEnd));
  const dueDay = isWorkingDay(day, holidays) && minutes < lateFrom ? day : nextWorkingDay(day, holidays);
  return vietnamInstant(dueDay, hours.workdayEnd);
}

/** Not yet issued and past its due time. */
export function isOverdue(request: { status: string; dueAt: Date }, now: Date): boolean {
  return (OPEN_STATUSES as readonly string[]).includes(request.status) && request.dueAt.getTime() < now.getTime();
}

/** Ready for the requester (issued) after its due time, for registers and reports. */
export function wasLate(request: { dueAt: Date; issuedAt: Date | null }): boolean {
  return !!request.issuedAt && request.issuedAt.getTime() > request.dueAt.getTime();
}

/** The `n`-th working day strictly after `day` (n ≥ 1); `day` itself never counts. */
export function addWorkingDays(day: string, n: number, holidays: ReadonlySet<string> | readonly string[]): string {
  const set = holidays instanceof Set ? holidays : new Set(holidays as readonly string[]);
  let current = day;
  for (let i = 0; i < n; i++) current = nextWorkingDay(current, set);
  return current;
}

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string> | readonly string[]): number {
  const set = holidays instanceof Set ? holidays : new Set(holidays as readonly string[]);
  let count = 0;
  for (let day = from; day < to && count <= MAX_DAYS_AHEAD; count++) day = nextWorkingDay(day, set);
  return count;
}
