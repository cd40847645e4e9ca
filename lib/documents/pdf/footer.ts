import type { PDFFont } from "pdf-lib";
import type { PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import type { DocumentContent } from "@/lib/documents/content-schema";
import { CONTENT_WIDTH, LEADING, MARGIN, wrapText, type PageWriter } from "@/lib/documents/pdf/page-writer";

// The foot of the document, one band: bottom right the signer (title lines in bold capitals, room
// for signature and seal, the name in bold, Annex I); bottom left the QR code that links to the
// public verification page (Thông tư 01/2022/TT-BTP Art. 9), its caption, the page's full address
// (for a reader without a phone, or a photocopy whose QR no longer scans), the code and the note.

const SIGNER_SIZE = 13;
const SIGNATURE_ROOM = 78; // ~27 mm: a handwritten signature and a 35–40 mm seal overlapping it
const QR_SIZE = 76; // ~27 mm: scannable from paper by any phone
const LEFT_BLOCK = CONTENT_WIDTH * 0.4;
const CAPTION = "Quét mã để kiểm tra tính hợp lệ";
const URL_CAPTION = "hoặc truy cập địa chỉ:";
const URL_SIZE = 8.5;

/**
 * Breaks a URL into lines of at most `width`: after a "/" where one fits (so the verification code
 * stays whole when it can), else after ".", "-", "?", "=" or "&", else between characters.
 */
export function wrapUrl(font: PDFFont, url: string, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let rest = url;
  while (rest && !fits(rest)) {
    let n = 1;
    while (n < rest.length && fits(rest.slice(0, n + 1))) n++;
    const head = rest.slice(0, n);
    const slash = head.lastIndexOf("/");
    const cut = slash >= n / 3 ? slash : Math.max(...[".", "-", "?", "=", "&"].map((c) => head.lastIndexOf(c)));
    const at = cut >= n / 3 ? cut + 1 : n;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  if (rest) lines.push(rest);
  return lines;
}

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

/** Where the signature and seal go: the page, and [x1, y1, x2, y2] between the signer's title and name. */
export type SignatureRoom = { page: PDFPage; rect: [number, number, number, number] };

/**
 * Draws the signer and QR band under the body, on a new page if it would not fit. Returns the room
 * left for the signature and seal, where a digital signature's visible block goes.
 */
export function drawFooter(w: PageWriter, content: DocumentContent, verifyUrl: string, code: string): SignatureRoom {
  const titleHeight = content.signer.titleLines.length * SIGNER_SIZE * LEADING;
  const urlLines = wrapUrl(w.fonts.regular, verifyUrl, URL_SIZE, LEFT_BLOCK);
  const notes = wrapText(w.fonts.italic, content.footnote, 8, LEFT_BLOCK);
  // QR, its quiet zone, the caption, the address, the code and the note.
  const qrBlock = QR_SIZE + 17 + 11 * (2 + urlLines.length) + 10 * notes.length;
  const bandHeight = Math.max(titleHeight + SIGNATURE_ROOM + SIGNER_SIZE * LEADING, qrBlock);
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
  const half = (CONTENT_WIDTH - LEFT_BLOCK) / 2 - 6;
  const room: SignatureRoom = { page: w.page, rect: [centre - half, y - SIGNATURE_ROOM + SIGNER_SIZE * 0.9, centre + half, y + SIGNER_SIZE * 0.2] };

  // QR code and its captions, left.
  const qrTop = top + SIGNER_SIZE * 0.8;
  drawQr(w, verifyUrl, MARGIN.left, qrTop);
  // The caption starts below the QR code's quiet zone (4 modules, ~9 pt), which scanners need.
  let cy = qrTop - QR_SIZE - 17;
  w.text(CAPTION, MARGIN.left, cy, "italic", 9.5);
  cy -= 11;
  w.text(URL_CAPTION, MARGIN.left, cy, "italic", URL_SIZE);
  for (const line of urlLines) {
    cy -= 11;
    w.text(line, MARGIN.left, cy, "regular", URL_SIZE);
  }
  cy -= 11;
  w.text(`Mã kiểm tra: ${code}`, MARGIN.left, cy, "regular", 8.5);
  for (const line of notes) {
    cy -= 10;
    w.text(line, MARGIN.left, cy, "italic", 8);
  }
  w.y = Math.min(y - SIGNATURE_ROOM, cy) - SIGNER_SIZE * LEADING;
  return room;
}
