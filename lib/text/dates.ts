// Dates typed by people (dd/MM/yyyy, or MM/yyyy and yyyy when only part is known, as on legacy
// records) and dates of the registers (ISO, possibly partial). Calendar days are Vietnam's.
import { TIME_ZONE } from "@/lib/text/format";

/** en-CA writes yyyy-MM-dd. Made once: building a formatter costs far more than using it. */
const isoDayFmt = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Vietnam as yyyy-MM-dd. */
export function todayInVietnam(now: Date = new Date()): string {
  return isoDayFmt.format(now);
}

function validDay(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/**
 * Parses "12/03/1998", "3/1998", "1998" (also with "-" or "." separators) into "1998-03-12",
 * "1998-03", "1998". Returns null for anything else, including impossible days (31/02/2000).
 */
export function parseVnDate(input: string, { allowPartial = true } = {}): string | null {
  const s = input.trim().replace(/[-.]/g, "/");
  const pad = (n: number) => String(n).padStart(2, "0");
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return y >= 1850 && validDay(y, mo, d) ? `${y}-${pad(mo)}-${pad(d)}` : null;
  }
  if (!allowPartial) return null;
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const [mo, y] = [Number(m[1]), Number(m[2])];
    return y >= 1850 && mo >= 1 && mo <= 12 ? `${y}-${pad(mo)}` : null;
  }
  m = /^(\d{4})$/.exec(s);
  if (m) return Number(m[1]) >= 1850 ? m[1]! : null;
  return null;
}

/** True when a (partial) ISO date starts after today: "2027" is future in 2026, "2026-11" is not. */
export function isFuturePartial(iso: string, today: string = todayInVietnam()): boolean {
  return iso > today.slice(0, iso.length);
}

/** "1998-03-12" → "12/03/1998"; "1998-03" → "03/1998"; "1998" → "1998". */
export function formatPartialDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  const [y, m, d] = iso.split("-");
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? "—";
}
