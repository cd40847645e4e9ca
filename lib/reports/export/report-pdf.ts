import { PDFDocument } from "pdf-lib";
import { issuingBodyLines, placeOfIssue } from "@/lib/documents/letterhead";
import { embedFonts } from "@/lib/documents/pdf/fonts";
import { drawHeader } from "@/lib/documents/pdf/header";
import { CONTENT_WIDTH, LEADING, MARGIN, PageWriter } from "@/lib/documents/pdf/page-writer";
import { placeDateLine } from "@/lib/documents/vn-words";
import { INDICATORS, SYSTEM_LABEL, type Availability, type Figures } from "@/lib/reports/indicators";
import { drawTable, type PdfColumn, type PdfRow } from "@/lib/reports/export/pdf-table";
import { formatCount, formatMoney } from "@/lib/text/format";
import { vnDay } from "@/lib/reports/links";

const BODY = 13;

export type ReportPdfMeta = {
  issuerName: string; numberLabel: string; title: string; subtitle: string; day: string;
  recipients: string[]; signerTitle: string[]; signerName: string; documentTitle: string;
};

/** A report document (Nghị định 30/2020, Annex I): the header, then `body`, then recipients and signer. */
export async function renderReportDocument(meta: ReportPdfMeta, body: (w: PageWriter) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  doc.setTitle(meta.documentTitle);
  doc.setAuthor(issuingBodyLines(meta.issuerName).join(" "));
  doc.setCreator("Cổng khai thác dữ liệu hộ tịch tỉnh Gia Lai");
  doc.setProducer("pdf-lib");
  doc.setLanguage("vi-VN");
  const when = new Date(`${meta.day}T00:00:00+07:00`);
  doc.setCreationDate(when);
  doc.setModificationDate(when);
  const w = new PageWriter(doc, fonts);
  drawHeader(w, {
    issuer: { headerLines: issuingBodyLines(meta.issuerName), placeDate: placeDateLine(placeOfIssue(meta.issuerName), meta.day) },
    series: { label: meta.numberLabel }, title: meta.title, subtitle: meta.subtitle,
  });
  body(w);
  drawClosing(w, meta);
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}

export function heading(w: PageWriter, text: string): void {
  w.reserve(BODY * LEADING * 3);
  w.flow([{ text, face: "bold" }], BODY);
}

export function paragraph(w: PageWriter, text: string, indent = 0): void {
  for (const line of (text || "Không có.").split(/\n+/)) w.flow([{ text: line, face: "regular" }], BODY, 0, MARGIN.left + indent, CONTENT_WIDTH - indent);
}

/** "Nơi nhận:" bottom left (bold italic 12, list 11), the signer's block bottom right. */
function drawClosing(w: PageWriter, meta: ReportPdfMeta): void {
  const height = (meta.signerTitle.length + 1) * BODY * LEADING + 70;
  w.reserve(height);
  w.y -= 6;
  const top = w.y;
  const leftWidth = CONTENT_WIDTH * 0.45;
  w.text("Nơi nhận:", MARGIN.left, top, "bold", 12);
  meta.recipients.forEach((r, i, all) => w.text(`- ${r}${i === all.length - 1 ? "." : ";"}`, MARGIN.left, top - (i + 1) * 11 * LEADING, "regular", 11));
  const centre = MARGIN.left + leftWidth + (CONTENT_WIDTH - leftWidth) / 2;
  meta.signerTitle.forEach((t, i) => w.centred(t, centre, top - i * BODY * LEADING, "bold", BODY));
  w.centred(meta.signerName, centre, top - meta.signerTitle.length * BODY * LEADING - 60, "bold", BODY);
  w.y = top - height;
}

const value = (f: Figures, key: (typeof INDICATORS)[number]) => (key.money ? formatMoney(f[key.key]) : formatCount(f[key.key]));

/** The indicator table (STT, indicator, figure), grouped as in FiguresTable. */
export function indicatorRows(f: Figures, availability: Availability[]): PdfRow[] {
  const groups = [...new Set(INDICATORS.map((i) => i.group))];
  const rows: PdfRow[] = [];
  groups.forEach((g, gi) => {
    rows.push({ cells: [String(gi + 1), g, ""], face: "bold" });
    for (const i of INDICATORS.filter((x) => x.group === g)) rows.push({ cells: ["", i.label, value(f, i)] });
  });
  rows.push({ cells: [String(groups.length + 1), "Kết nối với hệ thống quốc gia (tỷ lệ sẵn sàng)", ""], face: "bold" });
  for (const a of availability) rows.push({ cells: ["", SYSTEM_LABEL[a.system] ?? a.system, a.availabilityPct === null ? "—" : `${a.availabilityPct.toLocaleString("vi-VN")} %`] });
  return rows;
}

export const INDICATOR_COLUMNS: PdfColumn[] = [
  { title: "STT", share: 0.08, align: "center" },
  { title: "Chỉ tiêu", share: 0.67 },
  { title: "Số liệu", share: 0.25, align: "right" },
];

export const periodText = (from: string, to: string) => `từ ngày ${vnDay(from)} đến ngày ${vnDay(to)}`;
export { drawTable };
