import { rgb, type PDFPage } from "pdf-lib";
import type { FontSet } from "@/lib/documents/pdf/fonts";

/** Who signed digitally, as the visible signature block prints it. */
export type SignatureAppearance = {
  signerName: string;
  /** "Phó Chủ tịch" */
  signerTitle: string;
  /** "UBND phường Pleiku" */
  unitName: string;
  /** Printed in Vietnam time. */
  signedAt: Date;
  /** True for a demo certificate: the block says it has no legal value. */
  demo: boolean;
};

const SIZE = 8.5;
const LINE = 11;
const BLUE = rgb(0.05, 0.2, 0.55);

/** "10:00:05 ngày 26/11/2026" in Asia/Ho_Chi_Minh. */
export function vietnamSigningTime(at: Date): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false }).formatToParts(at);
  const p = (t: string) => parts.find((x) => x.type === t)?.value ?? "";
  return `${p("hour")}:${p("minute")}:${p("second")} ngày ${p("day")}/${p("month")}/${p("year")}`;
}

/** The lines of the block, each fitting `width` at the block's size (long unit names are cut at a word). */
export function signatureLines(a: SignatureAppearance): string[] {
  return [
    "Văn bản đã được ký số",
    `Đơn vị ký: ${a.unitName}`,
    `Người ký: ${a.signerName} — ${a.signerTitle}`,
    `Thời gian ký: ${vietnamSigningTime(a.signedAt)}`,
    ...(a.demo ? ["Chứng thư DEMO — không có giá trị pháp lý"] : []),
  ];
}

/**
 * Draws the visible signature block (a framed note in blue, as signing tools print it) inside
 * `rect` [x1, y1, x2, y2], where the signature field's widget goes: between the signer's title and
 * name, the room a handwritten signature and seal take on paper.
 */
export function drawSignatureBlock(page: PDFPage, fonts: FontSet, rect: [number, number, number, number], a: SignatureAppearance): void {
  const [x1, y1, x2, y2] = rect;
  const lines = signatureLines(a);
  const height = lines.length * LINE + 6;
  const top = Math.min(y2, y1 + height + (y2 - y1 - height) / 2);
  page.drawRectangle({ x: x1, y: top - height, width: x2 - x1, height, borderColor: BLUE, borderWidth: 0.8 });
  lines.forEach((line, i) => {
    const font = i === 0 ? fonts.bold : fonts.regular;
    let text = line;
    while (text.length > 10 && font.widthOfTextAtSize(text, SIZE) > x2 - x1 - 8) text = `${text.slice(0, text.lastIndexOf(" ", text.length - 2))}…`;
    page.drawText(text, { x: x1 + 4, y: top - 3 - (i + 1) * LINE + 2.5, size: SIZE, font, color: BLUE });
  });
}
