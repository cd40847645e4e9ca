import ExcelJS from "exceljs";
import { INDICATORS, SYSTEM_LABEL, type Availability, type Figures } from "@/lib/reports/indicators";

const MONEY = '#,##0 "đ"';

/** A sheet with a title block, then the given heading row (bold, wrapped, bordered). */
function sheetWithTitle(wb: ExcelJS.Workbook, name: string, titles: string[], headings: string[], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  titles.forEach((t, i) => {
    const row = ws.addRow([t]);
    row.font = { name: "Times New Roman", bold: i === 0, size: i === 0 ? 14 : 12 };
  });
  ws.addRow([]);
  const head = ws.addRow(headings);
  head.font = { name: "Times New Roman", bold: true };
  head.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  head.eachCell((c) => (c.border = { top: { style: "thin" }, bottom: { style: "thin" }, left: { style: "thin" }, right: { style: "thin" } }));
  widths.forEach((wdt, i) => (ws.getColumn(i + 1).width = wdt));
  ws.views = [{ state: "frozen", ySplit: head.number }];
  return ws;
}

/** One unit's report: indicators (numbers as numbers, fees in đồng), availability, texts. */
export async function unitReportWorkbook(meta: { title: string; subtitle: string; status: string }, figures: Figures, availability: Availability[], texts: { difficulties: string; proposals: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng khai thác dữ liệu hộ tịch tỉnh Gia Lai";
  const ws = sheetWithTitle(wb, "Báo cáo", [meta.title, meta.subtitle, meta.status], ["Nhóm chỉ tiêu", "Chỉ tiêu", "Số liệu"], [36, 52, 16]);
  for (const i of INDICATORS) {
    const row = ws.addRow([i.group, i.label, figures[i.key]]);
    if (i.money) row.getCell(3).numFmt = MONEY;
  }
  for (const a of availability) ws.addRow(["Kết nối với hệ thống quốc gia (% sẵn sàng)", SYSTEM_LABEL[a.system] ?? a.system, a.availabilityPct]);
  ws.addRow([]);
  ws.addRow(["Khó khăn, vướng mắc", texts.difficulties || "Không có."]);
  ws.addRow(["Đề xuất, kiến nghị", texts.proposals || "Không có."]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type SummaryUnitRow = { code: string; name: string; district: string; formerProvince: string; figures: Figures; reportStatus: string; reportingRate: number | null; onTimeRate: number | null };

/** The provincial summary: one row per commune with every indicator, a totals row, and report status. */
export async function summaryWorkbook(meta: { title: string; subtitle: string }, rows: SummaryUnitRow[], totals: Figures): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Cổng khai thác dữ liệu hộ tịch tỉnh Gia Lai";
  const headings = ["STT", "Mã", "Đơn vị", "Huyện cũ", "Tỉnh cũ", ...INDICATORS.map((i) => `${i.group}: ${i.label}`), "Báo cáo tháng", "Tỷ lệ báo cáo (%)", "Đúng hạn (%)"];
  const ws = sheetWithTitle(wb, "Tổng hợp", [meta.title, meta.subtitle], headings, [6, 8, 26, 22, 12, ...INDICATORS.map(() => 14), 18, 12, 12]);
  rows.forEach((r, n) => {
    const row = ws.addRow([n + 1, r.code, r.name, r.district, r.formerProvince, ...INDICATORS.map((i) => r.figures[i.key]), r.reportStatus, r.reportingRate, r.onTimeRate]);
    INDICATORS.forEach((i, k) => i.money && (row.getCell(6 + k).numFmt = MONEY));
  });
  const total = ws.addRow(["", "", "Toàn tỉnh", "", "", ...INDICATORS.map((i) => totals[i.key])]);
  total.font = { bold: true };
  INDICATORS.forEach((i, k) => i.money && (total.getCell(6 + k).numFmt = MONEY));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
