// Vietnamese numbers and dates in words, as civil-status papers write a date of birth a second time
// ("Ghi bằng chữ") so that a forged digit cannot change it. Only what dates need: 0–9999.

const DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"] as const;
const digit = (n: number): string => DIGITS[n] ?? "";

/** 0–99 standing alone: 1 "một", 15 "mười lăm", 21 "hai mươi mốt", 24 "hai mươi bốn", 50 "năm mươi". */
function twoDigits(n: number): string {
  if (n < 10) return digit(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const head = tens === 1 ? "mười" : `${digit(tens)} mươi`;
  if (ones === 0) return head;
  // After "mươi" (20–99) one is "mốt"; after "mười" or "mươi" five is "lăm".
  if (ones === 1 && tens > 1) return `${head} mốt`;
  if (ones === 5) return `${head} lăm`;
  return `${head} ${digit(ones)}`;
}

/** 0–999 with its hundreds place spoken even when zero (after "nghìn"): "không trăm linh một". */
function threeDigits(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = `${digit(hundreds)} trăm`;
  if (rest === 0) return head;
  // Below ten the tens place is "linh" (northern usage, that of official papers), and 5 stays "năm".
  if (rest < 10) return `${head} linh ${digit(rest)}`;
  return `${head} ${twoDigits(rest)}`;
}

/**
 * An integer 0–9999 in Vietnamese words: 1998 "một nghìn chín trăm chín mươi tám", 2001 "hai nghìn
 * không trăm linh một", 2000 "hai nghìn", 115 "một trăm mười lăm".
 */
export function numberToWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`numberToWords supports 0–9999, got ${n}`);
  if (n < 100) return twoDigits(n);
  if (n < 1000) return threeDigits(n);
  const rest = n % 1000;
  const head = `${digit(Math.floor(n / 1000))} nghìn`;
  return rest === 0 ? head : `${head} ${threeDigits(rest)}`;
}

/** Month names as papers write them: "tháng tư" for April, "tháng mười hai" for December. */
function monthWords(m: number): string {
  return m === 4 ? "tư" : twoDigits(m);
}

/** Days 1–10 take "mồng" ("mồng năm tháng tám"), as spoken and written on birth papers. */
function dayWords(d: number): string {
  return d <= 10 ? `mồng ${twoDigits(d)}` : twoDigits(d);
}

const capitalise = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

/**
 * A (partial) ISO date in words, first letter capital: "1998-03-12" → "Mười hai tháng ba năm một
 * nghìn chín trăm chín mươi tám"; "1979-01" → "Tháng một năm một nghìn chín trăm bảy mươi chín";
 * "1979" → "Năm một nghìn chín trăm bảy mươi chín". Legacy records keep their precision.
 */
export function dateInWords(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  if (y === undefined || Number.isNaN(y)) throw new RangeError(`not an ISO date: ${iso}`);
  const parts: string[] = [];
  if (d) parts.push(dayWords(d));
  if (m) parts.push(`tháng ${monthWords(m)}`);
  parts.push(`năm ${numberToWords(y)}`);
  return capitalise(parts.join(" "));
}

/**
 * A (partial) ISO date as a paper prints it in figures: "12/03/1998"; a legacy record's partial date
 * as it is, in words of the calendar: "tháng 01 năm 1979", "năm 1979".
 */
export function partialDateText(iso: string): string {
  const [y, m, d] = iso.split("-");
  if (d) return `${d}/${m}/${y}`;
  if (m) return `tháng ${m} năm ${y}`;
  return `năm ${y}`;
}

/**
 * The place-and-date line of a paper: "Pleiku, ngày 28 tháng 11 năm 2026". Nghị định 30/2020 Annex I:
 * days below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02", "ngày 15 tháng 3").
 */
export function placeDateLine(place: string, isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  if (!match) throw new RangeError(`issue date must be yyyy-MM-dd, got ${isoDay}`);
  const [, y, m, d] = match;
  const month = Number(m);
  return `${place}, ngày ${d} tháng ${month <= 2 ? m : String(month)} năm ${y}`;
}
