import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { signerTitleLines } from "@/lib/documents/letterhead";
import type { Deps } from "@/lib/server/deps";
import { getReport } from "@/lib/reports/get-report";
import { getDashboard } from "@/lib/reports/dashboard";
import { KIND_LABEL } from "@/lib/reports/periods";
import { reportMessages as m } from "@/lib/reports/messages";
import { localDay } from "@/lib/reports/daily-stats";

import { formatCount, formatDateTime } from "@/lib/text/format";
import { summaryWorkbook, unitReportWorkbook } from "@/lib/reports/export/xlsx";
import { INDICATOR_COLUMNS, drawTable, heading, indicatorRows, paragraph, periodText, renderReportDocument } from "@/lib/reports/export/report-pdf";
import type { TDashboardFilter } from "@/lib/reports/schemas";

export type ExportFile = { body: Uint8Array; filename: string; contentType: string };
export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PROVINCE_DOJ = "Sở Tư pháp tỉnh Gia Lai";
/** The commune signer's block: the head signs for the committee (TM.), a deputy on behalf of the head (KT.). */
function signerLines(title: string | null): string[] {
  const role = (title ?? "").replace(/\s+(UBND|Ủy ban nhân dân).*$/iu, "").trim();
  if (/^phó chủ tịch$/iu.test(role)) return signerTitleLines("Phó Chủ tịch");
  return ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
}

/**
 * One unit's report as PDF (laid out as an official report, Nghị định 30/2020) or .xlsx: the
 * frozen figures of the current version once submitted, else the live draft (marked as such).
 */
export async function exportUnitReport(actor: Actor, id: string, format: "pdf" | "xlsx", deps?: Deps): Promise<ExportFile> {
  const v = await getReport(actor, id, deps);
  const { report, unit, period, shown } = v;
  const texts = v.editable ? report : v.current!;
  const status = shown.live ? `Bản nháp — số liệu tạm tính lúc ${formatDateTime(shown.compiledAt)}` : `Đã gửi lần ${report.currentVersion} (${m.statuses[report.status]}); số liệu chốt lúc ${formatDateTime(shown.compiledAt)}`;
  // "Báo cáo Phường Pleiku 2026-11": the route sends it in UTF-8 with an ASCII fallback (lib/http/content-disposition.ts).
  const filename = `Báo cáo ${unit.name} ${report.kind === "AD_HOC" ? `đột xuất ${report.period}` : report.period}`;
  const subtitle = `Kết quả khai thác, sử dụng dữ liệu hộ tịch — ${report.kind === "AD_HOC" ? KIND_LABEL.AD_HOC.toLowerCase() + ": " : ""}${period.label}`;
  if (format === "xlsx") {
    const body = await unitReportWorkbook({ title: `${unit.name}: báo cáo`, subtitle: `${subtitle} (${periodText(period.from, period.to)})`, status }, shown.data.figures, shown.data.availability, texts);
    return { body, filename: `${filename}.xlsx`, contentType: XLSX };
  }
  const day = localDay(shown.live ? shown.compiledAt : v.current!.submittedAt);
  const body = await renderReportDocument({
    issuerName: unit.name, numberLabel: "      /BC-UBND", title: "BÁO CÁO", subtitle, day, documentTitle: `Báo cáo ${period.label} — ${unit.name}`,
    recipients: [PROVINCE_DOJ, "Lưu: VT, TP-HT"], signerTitle: signerLines(shown.live ? null : v.current!.submittedByTitle), signerName: shown.live ? "" : v.current!.submittedBy,
  }, (w) => {
    paragraph(w, `Kính gửi: ${PROVINCE_DOJ}.`, 60);
    paragraph(w, `Thực hiện Kế hoạch ứng dụng dữ liệu hộ tịch đã số hóa của Ủy ban nhân dân tỉnh, ${unit.name} báo cáo kết quả thực hiện trong kỳ ${periodText(period.from, period.to)} như sau:`);
    if (shown.live) paragraph(w, `(${status})`);
    heading(w, "I. KẾT QUẢ THỰC HIỆN");
    drawTable(w, INDICATOR_COLUMNS, indicatorRows(shown.data.figures, shown.data.availability));
    heading(w, "II. KHÓ KHĂN, VƯỚNG MẮC");
    paragraph(w, texts.difficulties);
    heading(w, "III. ĐỀ XUẤT, KIẾN NGHỊ");
    paragraph(w, texts.proposals);
  });
  return { body, filename: `${filename}.pdf`, contentType: "application/pdf" };
}

/** The provincial summary report (báo cáo tổng hợp) for one month, as PDF or .xlsx. */
export async function exportSummary(actor: Actor, filter: TDashboardFilter, format: "pdf" | "xlsx", deps?: Deps): Promise<ExportFile> {
  const d = await getDashboard(actor, filter, deps);
  const pct = (a: number, b: number) => (b ? Math.round((a / b) * 1000) / 10 : null);
  const rows = d.rows.map((r) => ({ ...r, reportStatus: r.report ? m.statuses[r.report.status] : r.overdue ? m.overdue : m.notStarted, reportingRate: pct(r.submitted, r.expected), onTimeRate: pct(r.onTime, r.expected) }));
  const subtitle = `Kết quả khai thác, sử dụng dữ liệu hộ tịch đã số hóa toàn tỉnh — ${d.month.label}`;
  const filename = `Báo cáo tổng hợp ${d.month.key}`;
  if (format === "xlsx") {
    const body = await summaryWorkbook({ title: "BÁO CÁO TỔNG HỢP", subtitle: `${subtitle} (${periodText(d.month.from, d.month.to)})` }, rows, d.totals);
    return { body, filename: `${filename}.xlsx`, contentType: XLSX };
  }
  const generated = (deps?.now ?? new Date());
  const body = await renderReportDocument({
    issuerName: PROVINCE_DOJ, numberLabel: "      /BC-STP", title: "BÁO CÁO TỔNG HỢP", subtitle, day: localDay(generated), documentTitle: `Báo cáo tổng hợp ${d.month.label}`,
    recipients: ["UBND tỉnh (để báo cáo)", "Bộ Tư pháp (Cục Hộ tịch, quốc tịch, chứng thực)", "Lưu: VT, HCTP"], signerTitle: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signerName: "",
  }, (w) => {
    paragraph(w, "Kính gửi: Ủy ban nhân dân tỉnh Gia Lai.", 60);
    paragraph(w, `Sở Tư pháp tổng hợp kết quả khai thác, sử dụng dữ liệu hộ tịch đã số hóa của ${formatCount(d.rows.length)} xã, phường trong kỳ ${periodText(d.month.from, d.month.to)} (số liệu tổng hợp từ Cổng khai thác dữ liệu hộ tịch lúc ${formatDateTime(generated)}) như sau:`);
    heading(w, "I. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ");
    paragraph(w, `- Số đơn vị đã gửi báo cáo tháng: ${d.rates.monthSubmitted}/${d.rows.length}; số đơn vị quá hạn chưa gửi: ${d.overdue.length}.`);
    paragraph(w, `- Tỷ lệ báo cáo ${d.rates.periods} kỳ tháng gần nhất: ${d.rates.reporting ?? "—"} %; tỷ lệ báo cáo đúng hạn: ${d.rates.onTime ?? "—"} %.`);
    heading(w, "II. KẾT QUẢ TOÀN TỈNH");
    drawTable(w, INDICATOR_COLUMNS, indicatorRows(d.totals, d.availability));
    heading(w, "III. KẾT QUẢ THEO ĐƠN VỊ");
    drawTable(w, [
      { title: "STT", share: 0.06, align: "center" }, { title: "Đơn vị", share: 0.26 }, { title: "Tra cứu", share: 0.1, align: "right" },
      { title: "Hồ sơ TTHC", share: 0.1, align: "right" }, { title: "Giấy tờ cắt giảm", share: 0.11, align: "right" }, { title: "Bản sao đã cấp", share: 0.11, align: "right" },
      { title: "YC cơ quan", share: 0.09, align: "right" }, { title: "Báo cáo", share: 0.17 },
    ], rows.map((r, i) => ({ cells: [String(i + 1), r.name, formatCount(r.figures.lookupsTotal), formatCount(r.figures.dossiers), formatCount(r.figures.papersCut), formatCount(r.figures.copiesIssued), formatCount(r.figures.agencyReceived), r.reportStatus] })), 10);
    heading(w, "IV. ĐƠN VỊ QUÁ HẠN BÁO CÁO");
    paragraph(w, d.overdue.length ? d.overdue.map((u) => u.name).join("; ") + "." : "Không có.");
  });
  return { body, filename: `${filename}.pdf`, contentType: "application/pdf" };
}
