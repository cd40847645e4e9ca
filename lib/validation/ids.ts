import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { hasControlChars } from "@/lib/validation/fields";

/**
 * Row ids as the schema makes them (cuid(): 25 lower-case base-36 characters) and as the bulk loader
 * does (shorter, same alphabet): letters, digits, "-" and "_", at most 40. Nothing else can name a
 * row, so anything else is refused before it reaches the database, where a NUL byte in a text
 * parameter is an error (a 500, before this rule) and a 3,000-character id a wasted query.
 */
const ROW_ID = /^[A-Za-z0-9_-]{1,40}$/;

export const ZRowId = z.string().regex(ROW_ID);

export const isRowId = (value: unknown): value is string => typeof value === "string" && ROW_ID.test(value);

/**
 * For use cases that read one row by an id from a URL or a form: a malformed id is as absent as a
 * missing or out-of-scope row (NOT_FOUND, a 404 for pages and downloads).
 */
export function assertRowId(...ids: unknown[]): void {
  for (const id of ids) if (!isRowId(id)) throw new AppError("NOT_FOUND", { message: "malformed id" });
}

/** A national system's record id ("HT-KS-R10"): 1–100 characters, no control characters. */
export const isRecordId = (value: unknown): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= 100 && !hasControlChars(value);

export function assertRecordId(...ids: unknown[]): void {
  for (const id of ids) if (!isRecordId(id)) throw new AppError("NOT_FOUND", { message: "malformed record id" });
}
