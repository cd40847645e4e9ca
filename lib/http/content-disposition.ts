/**
 * File names of downloads. Browsers take `filename*` (RFC 5987/6266, UTF-8, percent-encoded) and
 * fall back to the plain `filename`, which must be ASCII: Vietnamese letters folded (đ → d),
 * anything else turned into "-", so "Bản sao trích lục khai sinh 12/2026/TLKS-BS.pdf" arrives as
 * "Ban-sao-trich-luc-khai-sinh-12-2026-TLKS-BS.pdf" in every browser.
 */

/** Vietnamese (and other Latin) text without diacritics, đ/Đ as d/D, runs of other characters as "-". */
export function asciiFileName(name: string): string {
  const dot = name.lastIndexOf(".");
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ""];
  const fold = (s: string) =>
    s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^A-Za-z0-9_]+/g, "-").replace(/^-+|-+$/g, "");
  const base = fold(stem) || "tep";
  const suffix = fold(ext);
  return suffix ? `${base}.${suffix}` : base;
}

/** RFC 5987 value-chars: everything else percent-encoded as UTF-8. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A Content-Disposition header: `attachment` (download, the default) or `inline` (shown in the tab),
 * with an ASCII `filename` and the UTF-8 `filename*` of the same name (no path separators, no quotes).
 */
export function contentDisposition(fileName: string, disposition: "attachment" | "inline" = "attachment"): string {
  const clean = fileName.replace(/[\\/]+/g, "-").replace(/[\u0000-\u001f\u007f"]+/g, "").trim() || "tep";
  return `${disposition}; filename="${asciiFileName(clean)}"; filename*=UTF-8''${encodeRfc5987(clean)}`;
}

/** The headers of a downloaded file: type, disposition, never cached (personal data). */
export function downloadHeaders(fileName: string, contentType: string, disposition: "attachment" | "inline" = "attachment"): Record<string, string> {
  return { "Content-Type": contentType, "Content-Disposition": contentDisposition(fileName, disposition), "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
}
