import QRCode from "qrcode";
import type { DocumentContent } from "@/lib/documents/content-schema";
import { CONTENT_WIDTH, LEADING, MARGIN, wrapText, type PageWriter } from "@/lib/documents/pdf/page-writer";

// The foot of the document, one band: bottom right the signer (title lines in bold capitals, room
// for signature and seal, the name in bold, Annex I); bottom left the QR code that links to the
// public verification page (Thông tư 01/2022/TT-BTP Art. 9), its caption, the code and the note.

const SIGNER_SIZE = 13;
const SIGNATURE_ROOM = 78; // ~27 mm: a handwritten signature and a 35–40 mm seal overlapping it
const QR_SIZE = 76; // ~27 mm: scannable from paper by any phone
const LEFT_BLOCK = CONTENT_WIDTH * 0.4;
const CAPTION = "Quét mã để kiểm tra tính hợp lệ";

/**
 * Draws the QR modules as filled squares, one rectangle per horizontal run of dark modules: sharp
 * at any zoom or print resolution, and no image to decode.
 */
function drawQr(w: PageWriter, url: string, x: number, top: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const cell = QR_SIZE / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      // A hair of overlap hides the seams some viewers show between adjacent rectangles.
      w.rect(x + start * cell, top - (row + 1) * cell, (col - start) * cell + 0.05, cell + 0.05);
    }
  }
}

/** Draws the signer and QR band under the body, on a new page if it would not fit. */
export function drawFooter(w: PageWriter, content: DocumentContent, verifyUrl: string, code: string): void {
  const titleHeight = content.signer.titleLines.length * SIGNER_SIZE * LEADING;
  const bandHeight = Math.max(titleHeight + SIGNATURE_ROOM + SIGNER_SIZE * LEADING, QR_SIZE + 48);
  w.y -= SIGNER_SIZE * 0.6;
  w.reserve(bandHeight);
  const top = w.y;

  // Signer, centred on the right block (the header's national-name column).
  const centre = MARGIN.left + LEFT_BLOCK + (CONTENT_WIDTH - LEFT_BLOCK) / 2;
  let y = top;
  for (const line of content.signer.titleLines) {
    w.centred(line, centre, y, "bold", SIGNER_SIZE);
    y -= SIGNER_SIZE * LEADING;
  }
  w.centred(content.signer.name, centre, y - SIGNATURE_ROOM, "bold", SIGNER_SIZE);

  // QR code and its captions, left.
  const qrTop = top + SIGNER_SIZE * 0.8;
  drawQr(w, verifyUrl, MARGIN.left, qrTop);
  // The caption starts below the QR code's quiet zone (4 modules, ~9 pt), which scanners need.
  let cy = qrTop - QR_SIZE - 17;
  w.text(CAPTION, MARGIN.left, cy, "italic", 9.5);
  cy -= 11;
  w.text(`Mã kiểm tra: ${code}`, MARGIN.left, cy, "regular", 8.5);
  for (const line of wrapText(w.fonts.italic, content.footnote, 8, LEFT_BLOCK)) {
    cy -= 10;
    w.text(line, MARGIN.left, cy, "italic", 8);
  }
  w.y = Math.min(y - SIGNATURE_ROOM, cy) - SIGNER_SIZE * LEADING;
}
