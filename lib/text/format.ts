// Display formats for people: dates dd/MM/yyyy, times in Asia/Ho_Chi_Minh, money in đồng.
export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateFmt = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
const timeFmt = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** 28/11/2026 */
export function formatDate(d: Date): string {
  return dateFmt.format(d);
}

/** 04:45 */
export function formatTime(d: Date): string {
  return timeFmt.format(d);
}

/** 28/11/2026 04:45 */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${formatTime(d)}`;
}

/** 8.000 đ — integers only: money is kept in whole đồng. */
export function formatMoney(dong: number): string {
  if (!Number.isInteger(dong)) throw new Error(`money must be whole đồng, got ${dong}`);
  const sign = dong < 0 ? "-" : "";
  const digits = Math.abs(dong).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}${digits} đ`;
}

/** 1.234 — counts with Vietnamese thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString("vi-VN");
}
