/** One CSV line (RFC 4180 quoting). Cells starting with = + - @ are prefixed so spreadsheets don't run them. */
export function csvLine(cells: (string | number | null | undefined)[]): string {
  return cells
    .map((c) => {
      let s = c === null || c === undefined ? "" : String(c);
      if (/^[=+\-@]/.test(s)) s = `'${s}`;
      return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(",");
}

/** A CSV document with a UTF-8 byte-order mark, so Excel shows Vietnamese correctly. */
export function csvDocument(header: string[], rows: (string | number | null | undefined)[][]): string {
  return "\uFEFF" + [csvLine(header), ...rows.map(csvLine)].join("\r\n") + "\r\n";
}
