// Dates in the dataset are whole days since 1900-01-01 (UTC), stored in Int32Arrays; 0 means
// "none" (nobody in the dataset is born on that day). Partial dates on records are packed as
// yyyymmdd integers with 00 for an unknown month or day, so comparing them needs no parsing.

const EPOCH_MS = Date.UTC(1900, 0, 1);
const DAY_MS = 86_400_000;

/** Day number of an ISO date (yyyy-MM-dd). */
export function dayOf(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y ?? 1900, (m ?? 1) - 1, d ?? 1) - EPOCH_MS) / DAY_MS);
}

/** Day number of a calendar date. */
export function dayOfYmd(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH_MS) / DAY_MS);
}

/** ISO date (yyyy-MM-dd) of a day number. */
export function isoOf(day: number): string {
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/** Calendar parts of a day number. */
export function ymdOf(day: number): { y: number; m: number; d: number } {
  const t = new Date(EPOCH_MS + day * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Year of a day number (fast path for hot loops). */
export function yearOf(day: number): number {
  return new Date(EPOCH_MS + day * DAY_MS).getUTCFullYear();
}

/** Packs "1979", "1979-01" or "1979-01-15" as 19790000, 19790100, 19790115; null → 0. */
export function packPartial(date: string | null | undefined): number {
  if (!date) return 0;
  const [y, m, d] = date.split("-").map(Number);
  return (y ?? 0) * 10_000 + (m ?? 0) * 100 + (d ?? 0);
}

/** The partial ISO string of a packed date. */
export function unpackPartial(packed: number): string {
  const y = Math.floor(packed / 10_000);
  const m = Math.floor(packed / 100) % 100;
  const d = packed % 100;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (!m) return String(y);
  if (!d) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** dd/MM/yyyy, as dates are written inside Vietnamese notes. */
export function viDate(day: number): string {
  const { y, m, d } = ymdOf(day);
  return `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`;
}

/** Nghị quyết 202/2025/QH15: districts abolished and the provinces merged on this day. */
export const REFORM_DAY = dayOfYmd(2025, 7, 1);
/** Records registered from this day on are born digital (the shared electronic system). */
export const BORN_DIGITAL_DAY = dayOfYmd(2016, 1, 1);
/** Personal ID numbers were issued to everyone alive from about this day; the dead before it have none. */
export const ID_ERA_DAY = dayOfYmd(2016, 1, 1);
