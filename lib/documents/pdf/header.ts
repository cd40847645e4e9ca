import type { DocumentContent } from "@/lib/documents/content-schema";
import { CONTENT_WIDTH, LEADING, MARGIN, wrapText, type PageWriter } from "@/lib/documents/pdf/page-writer";

// The header of Nghị định 30/2020/NĐ-CP, Annex I: two blocks side by side. Left: the issuing body
// (its parent body regular, the body itself bold, in capitals, a short rule under it) and the
// number "Số: 15/TLKS-BS". Right: the national name in bold capitals (12 pt), the motto in bold
// (13 pt) with a solid rule as long as the motto, then place and date in italics on the number's
// line. Each block's lines are centred in the block.

const LEFT_BLOCK = CONTENT_WIDTH * 0.4;
const RIGHT_BLOCK = CONTENT_WIDTH - LEFT_BLOCK;
const NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
const MOTTO = "Độc lập - Tự do - Hạnh phúc";
const SIZE = { body: 12.5, nationalName: 12, motto: 13, number: 13, placeDate: 13, title: 14, subtitle: 13 } as const;

/** What the header reads of a document (an issued document, or a report). */
export type HeaderContent = Pick<DocumentContent, "title" | "subtitle"> & { issuer: Pick<DocumentContent["issuer"], "headerLines" | "placeDate">; series: Pick<DocumentContent["series"], "label"> };

/** Draws both header blocks and the title; leaves the cursor on the first body line. */
export function drawHeader(w: PageWriter, content: HeaderContent): void {
  const top = w.y;
  const leftCentre = MARGIN.left + LEFT_BLOCK / 2;
  const rightCentre = MARGIN.left + LEFT_BLOCK + RIGHT_BLOCK / 2;

  // Left block: every line but the last is the parent body (regular); the last is the issuer (bold).
  let yl = top;
  content.issuer.headerLines.forEach((line, i, all) => {
    const face = i === all.length - 1 ? "bold" : "regular";
    yl = drawWrappedCentred(w, line, leftCentre, yl, face, SIZE.body, LEFT_BLOCK - 6);
  });
  const lastLine = content.issuer.headerLines[content.issuer.headerLines.length - 1] ?? "";
  // The short rule under the issuer: about a third of its name, centred (Annex I).
  const ruleLength = Math.max(Math.min(w.width(lastLine, "bold", SIZE.body), LEFT_BLOCK - 6) * 0.4, 40);
  w.line(leftCentre - ruleLength / 2, leftCentre + ruleLength / 2, yl + SIZE.body * LEADING - 7);

  // Right block: national name, motto, rule under the motto as long as the motto.
  let yr = top;
  w.centred(NATIONAL_NAME, rightCentre, yr, "bold", SIZE.nationalName);
  yr -= SIZE.nationalName * LEADING;
  w.centred(MOTTO, rightCentre, yr, "bold", SIZE.motto);
  const mottoWidth = w.width(MOTTO, "bold", SIZE.motto);
  w.line(rightCentre - mottoWidth / 2, rightCentre + mottoWidth / 2, yr - 4.5);
  yr -= SIZE.motto * LEADING + 4;

  // The number and the place-date line share a baseline, below the lower of the two blocks.
  const row = Math.min(yl, yr) - 6;
  w.centred(`Số: ${content.series.label}`, leftCentre, row, "regular", SIZE.number);
  w.centred(content.issuer.placeDate, rightCentre, row, "italic", SIZE.placeDate);

  // Title, centred on the text area, with its subtitle.
  w.y = row - SIZE.title * LEADING * 2;
  const centre = MARGIN.left + CONTENT_WIDTH / 2;
  w.y = drawWrappedCentred(w, content.title, centre, w.y, "bold", SIZE.title, CONTENT_WIDTH);
  if (content.subtitle) {
    w.centred(content.subtitle, centre, w.y, "bold", SIZE.subtitle);
    w.y -= SIZE.subtitle * LEADING;
  }
  w.y -= SIZE.body * 0.8;
}

/** Centred text wrapped inside `width`; returns the baseline below its last line. */
function drawWrappedCentred(w: PageWriter, text: string, centreX: number, y: number, face: "regular" | "bold", size: number, width: number): number {
  let baseline = y;
  for (const line of wrapText(w.fonts[face], text, size, width)) {
    w.centred(line, centreX, baseline, face, size);
    baseline -= size * LEADING;
  }
  return baseline;
}
