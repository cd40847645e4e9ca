import type { Tx } from "@/lib/db/client";
import { takeNextNumber } from "@/lib/copies/allocate-document-number";

/** Request codes are one series for the whole province. */
const PROVINCE_WIDE = "*";
/** Number symbol of answer letters: "Số: 12/CCTT-HT" (cung cấp thông tin hộ tịch). (to confirm) */
export const ANSWER_SYMBOL = "CCTT-HT";

/** "YC-2026-000123" */
export function formatRequestCode(year: number, n: number): string {
  return `YC-${year}-${String(n).padStart(6, "0")}`;
}

/** The next request code of the year, under the counter's row lock, inside the filing transaction. */
export async function takeRequestCode(tx: Tx, year: number): Promise<string> {
  return formatRequestCode(year, await takeNextNumber(tx, "agencyRequest", PROVINCE_WIDE, "REQUEST", year));
}

/** The next number of a handling unit's answer letters for the year (gapless; unique key backs it). */
export async function takeAnswerNumber(tx: Tx, unitId: string, year: number): Promise<number> {
  return takeNextNumber(tx, "agencyRequest", unitId, "ANSWER", year);
}
