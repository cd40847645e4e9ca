import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { parsePerson, type TRequestPerson } from "@/lib/agency-requests/people";

/** Uploads larger than this are refused before any parsing. */
export const MAX_CSV_BYTES = 256 * 1024;

/** Header names accepted for each column (folded: lower case, no diacritics, spaces → "_"). */
const COLUMNS = {
  personalId: ["so_dinh_danh", "so_dinh_danh_ca_nhan", "so_ddcn", "cccd", "personal_id"],
  fullName: ["ho_ten", "ho_va_ten", "full_name"],
  dateOfBirth: ["ngay_sinh", "date_of_birth"],
  note: ["ghi_chu", "note"],
} as const;

const fold = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").trim().toLowerCase().replace(/[\s-]+/g, "_");

export type CsvResult = { ok: true; people: TRequestPerson[] } | { ok: false; error: string; lineErrors: string[] };

/**
 * Splits CSV text into records (RFC 4180: quoted cells may hold commas, quotes and line breaks;
 * "," or ";" as Excel writes it in Vietnamese locales), each with the line number it starts on.
 */
function splitRecords(text: string, separator: string): { line: number; cells: string[] }[] | { badLine: number } {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === separator) {
      cells.push(cell);
      cell = "";
    }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = "";
      line++;
      start = line;
    } else cell += ch;
  }
  if (quoted) return { badLine: start };
  if (cell !== "" || cells.length) records.push({ line: start, cells: [...cells, cell] });
  return records.filter((r) => r.cells.some((c) => c.trim() !== ""));
}

/**
 * Parses an uploaded list of people: UTF-8 (with or without BOM), a header row naming the columns
 * (so_dinh_danh, ho_ten, ngay_sinh, ghi_chu — any order, extra columns ignored), dates dd/MM/yyyy.
 * All or nothing: any bad row fails the whole file, every bad row reported with its line number. An
 * ID number whose year digits disagree with the date of birth is not a bad row: it is imported and
 * the people table warns about it (personIdWarning), so one row never refuses an agency's list.
 */
export function parsePeopleCsv(bytes: Uint8Array, today: string, maxPeople: number): CsvResult {
  const fail = (error: string, lineErrors: string[] = []): CsvResult => ({ ok: false, error, lineErrors });
  if (bytes.byteLength > MAX_CSV_BYTES) return fail(m.csvTooLarge(MAX_CSV_BYTES / 1024));
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return fail(m.csvNotText);
  }
  // Binary files (a spreadsheet renamed .csv, an image) decode as UTF-8 only by luck; NUL never appears in text.
  if (text.includes("\u0000")) return fail(m.csvNotText);
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const separator = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const split = splitRecords(text, separator);
  if ("badLine" in split) return fail(m.csvLine(split.badLine, m.csvBadQuotes), [m.csvLine(split.badLine, m.csvBadQuotes)]);
  const [header, ...rows] = split;
  if (!header) return fail(m.csvEmpty);
  const names = header.cells.map(fold);
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([key, aliases]) => [key, names.findIndex((n) => (aliases as readonly string[]).includes(n))]),
  ) as Record<keyof typeof COLUMNS, number>;
  if (index.personalId < 0 && (index.fullName < 0 || index.dateOfBirth < 0)) return fail(m.csvNoHeader);
  if (rows.length === 0) return fail(m.csvEmpty);
  if (rows.length > maxPeople) return fail(m.tooManyPeople(maxPeople));

  const people: TRequestPerson[] = [];
  const lineErrors: string[] = [];
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? "") : "");
  for (const row of rows) {
    const parsed = parsePerson(
      { personalId: cell(row.cells, index.personalId), fullName: cell(row.cells, index.fullName), dateOfBirth: cell(row.cells, index.dateOfBirth), note: cell(row.cells, index.note) },
      today,
      { idMismatch: "warning" },
    );
    if (!parsed) continue;
    if (parsed.ok) people.push(parsed.person);
    else lineErrors.push(m.csvLine(row.line, parsed.error));
  }
  if (lineErrors.length) return fail(m.csvBadRows(lineErrors.length), lineErrors);
  if (people.length === 0) return fail(m.csvEmpty);
  return { ok: true, people };
}
