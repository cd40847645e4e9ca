import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import type { FontSet } from "@/lib/documents/pdf/fonts";

// A4 and the margins of Nghị định 30/2020/NĐ-CP, Annex I (top/bottom 20–25 mm, left 30–35 mm,
// right 15–20 mm), and a cursor that flows text down the page, wrapping and breaking pages.

const MM = 72 / 25.4;
export const PAGE = { width: 595.28, height: 841.89 } as const;
export const MARGIN = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } as const;
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const BLACK = rgb(0, 0, 0);
/** Line height as a multiple of the font size: single spacing with a little air, as typed papers. */
export const LEADING = 1.4;

export type Face = keyof FontSet;
export type Run = { text: string; face: Face };

/**
 * Splits `text` into lines no wider than `width` at `size`, breaking at spaces; a single word wider
 * than the line (a long code) is broken by characters rather than allowed to overflow.
 */
export function wrapText(font: PDFFont, text: string, size: number, width: number, firstLineWidth = width): string[] {
  const lines: string[] = [];
  let line = "";
  let limit = firstLineWidth;
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= limit;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      limit = width;
    }
    line = word;
    // Always progresses: a piece keeps at least one character, so even an absurdly narrow line ends.
    while (line.length > 1 && !fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      limit = width;
      line = line.slice(cut);
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Draws on the pages of one document, top to bottom, adding a page when the next line would not fit. */
export class PageWriter {
  page: PDFPage;
  /** Baseline of the next line, in PDF points from the bottom. */
  y: number;
  private pageCount = 1;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: FontSet,
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
  }

  width(text: string, face: Face, size: number): number {
    return this.fonts[face].widthOfTextAtSize(text, size);
  }

  /** Ensures `height` points remain above the bottom margin, starting a new page otherwise. */
  reserve(height: number): void {
    if (this.y - height >= MARGIN.bottom) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.pageCount++;
    // Annex I: pages from the second on carry their number, centred in the top margin.
    const label = String(this.pageCount);
    this.page.drawText(label, { x: (PAGE.width - this.width(label, "regular", 13)) / 2, y: PAGE.height - MARGIN.top / 2 - 4, size: 13, font: this.fonts.regular, color: BLACK });
    this.y = PAGE.height - MARGIN.top;
  }

  text(text: string, x: number, y: number, face: Face, size: number): void {
    if (text) this.page.drawText(text, { x, y, size, font: this.fonts[face], color: BLACK });
  }

  /** Draws `text` centred on `centreX` at baseline `y`. */
  centred(text: string, centreX: number, y: number, face: Face, size: number): void {
    this.text(text, centreX - this.width(text, face, size) / 2, y, face, size);
  }

  line(x1: number, x2: number, y: number, thickness = 0.6): void {
    this.page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness, color: BLACK });
  }

  rect(x: number, y: number, width: number, height: number): void {
    this.page.drawRectangle({ x, y, width, height, color: BLACK, borderWidth: 0 });
  }

  /** Moves the cursor down by `lines` lines of `size` (the next baseline). */
  advance(size: number, lines = 1): void {
    this.y -= size * LEADING * lines;
  }

  /**
   * Writes runs ("Label: " regular, then the value bold) wrapped to `width`, continuing lines at
   * `hangingIndent` so a long value stays readable under itself. Words keep their run's face; the
   * words of one face on one line are drawn as one string, so extracted text keeps its spaces.
   */
  flow(runs: Run[], size: number, hangingIndent = 0, left = MARGIN.left, width = CONTENT_WIDTH): void {
    const right = left + width;
    type Segment = { text: string; face: Face; x: number };
    let segments: Segment[] = [];
    let x = left;
    const flush = () => {
      this.reserve(size * LEADING);
      for (const seg of segments) this.text(seg.text, seg.x, this.y, seg.face, size);
      this.advance(size);
      segments = [];
      x = left + hangingIndent;
    };
    const place = (word: string, face: Face, spaced: boolean) => {
      const last = segments[segments.length - 1];
      const gap = spaced && last ? this.width(" ", face, size) : 0;
      if (last && last.face === face) last.text += (spaced ? " " : "") + word;
      else segments.push({ text: word, face, x: x + gap });
      x += gap + this.width(word, face, size);
    };
    let pendingSpace = false;
    for (const run of runs) {
      for (const m of run.text.matchAll(/(\s*)(\S+)(\s*)/g)) {
        const [, before = "", word = "", after = ""] = m;
        const spaced = pendingSpace || before.length > 0;
        pendingSpace = after.length > 0;
        const gap = spaced && segments.length ? this.width(" ", run.face, size) : 0;
        if (segments.length && x + gap + this.width(word, run.face, size) > right) flush();
        // A single word wider than a whole line (a long code) is cut by characters.
        const pieces = wrapText(this.fonts[run.face], word, size, right - (left + hangingIndent), right - x);
        pieces.forEach((piece, i) => {
          if (i > 0) flush();
          place(piece, run.face, i === 0 && spaced);
        });
      }
      if (/\s$/.test(run.text)) pendingSpace = true;
    }
    if (segments.length) flush();
  }
}
