import { CONTENT_WIDTH, LEADING, MARGIN, wrapText, type Face, type PageWriter } from "@/lib/documents/pdf/page-writer";

export type PdfColumn = { title: string; share: number; align?: "left" | "right" | "center" };
export type PdfRow = { cells: string[]; face?: Face };

const PAD = 3;

/**
 * A ruled table across the text width (column widths as shares of it), cells wrapped, the header
 * row repeated on every page the table runs onto, as tables in official reports are printed.
 */
export function drawTable(w: PageWriter, columns: PdfColumn[], rows: PdfRow[], size = 11): void {
  const total = columns.reduce((s, c) => s + c.share, 0);
  const widths = columns.map((c) => (c.share / total) * CONTENT_WIDTH);
  const lineH = size * LEADING;
  const layout = (cells: string[], face: Face) => cells.map((text, i) => wrapText(w.fonts[face], text, size, widths[i]! - 2 * PAD));
  const drawRow = (cells: string[], face: Face, header: boolean) => {
    const lines = layout(cells, face);
    const height = Math.max(...lines.map((l) => l.length)) * lineH + 2 * PAD;
    const fresh = w.y - height < MARGIN.bottom;
    w.reserve(height);
    if (fresh && !header) drawRow(columns.map((c) => c.title), "bold", true);
    const top = w.y + size;
    let x = MARGIN.left;
    lines.forEach((cellLines, i) => {
      const width = widths[i]!;
      const align = header ? "center" : columns[i]!.align ?? "left";
      cellLines.forEach((line, j) => {
        const baseline = top - PAD - size - j * lineH + 2;
        const tw = w.width(line, face, size);
        const tx = align === "right" ? x + width - PAD - tw : align === "center" ? x + (width - tw) / 2 : x + PAD;
        w.text(line, tx, baseline, face, size);
      });
      x += width;
    });
    // Rules: top, bottom and the verticals of this row.
    w.line(MARGIN.left, MARGIN.left + CONTENT_WIDTH, top, 0.5);
    w.line(MARGIN.left, MARGIN.left + CONTENT_WIDTH, top - height, 0.5);
    let vx = MARGIN.left;
    for (const width of [0, ...widths]) {
      vx += width;
      w.page.drawLine({ start: { x: vx, y: top }, end: { x: vx, y: top - height }, thickness: 0.5 });
    }
    w.y -= height;
  };
  w.y -= 2;
  drawRow(columns.map((c) => c.title), "bold", true);
  for (const row of rows) drawRow(row.cells, row.face ?? "regular", false);
  w.y -= lineH;
}
