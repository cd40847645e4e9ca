import "server-only";
import ExcelJS from "exceljs";
import { formatPartialDate } from "@/lib/text/dates";
import { messages } from "@/lib/text/messages";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { vietnamClock } from "@/lib/copies/due-time";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { listRegister, type RegisterRow } from "@/lib/copies/list-register";
import type { TRegisterFilter } from "@/lib/copies/schemas";
import { printedNumber } from "@/lib/documents/forms";

const m = messages.copies;

/** Vietnamese headings of the register, in column order (the first sheet's heading row). */
export const REGISTER_HEADINGS = [
  "STT", "Số, ký hiệu", "Ngày cấp", "Loại văn bản", "Người được cấp", "Sự kiện hộ tịch", "Nơi đăng ký", "Người yêu cầu", "Số giấy tờ tùy thân",
  "Số bản", "Phí", "Miễn phí (trường hợp, căn cứ)", "Số biên lai thu phí", "Số giấy tiếp nhận", "Người ký", "Tình trạng",
] as const;
/** The row of REGISTER_HEADINGS: two title lines and a blank line above it. */
export const REGISTER_HEADING_ROW = 4;

const WIDTHS = [6, 14, 12, 30, 26, 48, 24, 24, 16, 8, 12, 36, 16, 18, 22, 34];
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A Vietnam calendar day as a spreadsheet date. Spreadsheet dates have no time zone, so the cell is
 * that day at UTC midnight: every viewer sees the day the document was issued in Vietnam.
 */
function vnDay(at: Date): Date {
  return new Date(`${vietnamClock(at).day}T00:00:00Z`);
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** One document's cells in the register, in the order of REGISTER_HEADINGS (`n` is its STT). */
export function registerRowValues(d: RegisterRow, n: number): (string | number | Date)[] {
  const events = d.request.records.map((r) => `${EVENT_LABELS[r.type]}: đăng ký ngày ${formatPartialDate(r.registeredOn)} tại ${r.authority}${r.entryNumber ? `, số ${r.entryNumber}` : ""}${r.bookNumber ? `, quyển số ${r.bookNumber}` : ""}`);
  const places = [...new Set(d.request.records.map((r) => m.registeredAt[r.registeredAt]))];
  return [
    n,
    printedNumber(d),
    vnDay(d.issuedAt),
    m.documentKinds[d.kind],
    d.request.subjectName,
    events.join("\n"),
    places.join("; "),
    d.request.requesterName,
    d.request.requesterIdNumber,
    d.request.copies,
    d.request.feeTotal,
    d.request.feeExemptReason ? `${d.request.feeExemptReason}${d.request.feeExemptBasis ? ` (căn cứ: ${d.request.feeExemptBasis})` : ""}` : "",
    d.request.feeReceiptNumber ?? "",
    d.request.receiptNumber,
    d.signerName,
    d.revokedAt ? `Đã thu hồi ngày ${ddmmyyyy(vietnamClock(d.revokedAt).day)}: ${d.revokeReason ?? ""}` : "Còn hiệu lực",
  ];
}

/** The register's title and period lines (rows 1 and 2 of its sheet). */
export function registerTitleLines(meta: { unitName: string; from: string; to: string; generatedAt: Date }): [string, string] {
  const clock = vietnamClock(meta.generatedAt);
  return [
    `SỔ CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH, VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH — ${meta.unitName.toLocaleUpperCase("vi")}`,
    `Từ ngày ${ddmmyyyy(meta.from)} đến ngày ${ddmmyyyy(meta.to)} · lập lúc ${pad(Math.floor(clock.minutes / 60))}:${pad(clock.minutes % 60)} ngày ${ddmmyyyy(clock.day)}`,
  ];
}

export const REGISTER_COLUMN_WIDTHS = WIDTHS;

/**
 * The register as an .xlsx workbook: one sheet, a title, Vietnamese headings, dates as real dates
 * shown dd/MM/yyyy, fees as whole-đồng numbers shown with "đ" (so they still add up in a sheet).
 */
export async function registerWorkbook(rows: readonly RegisterRow[], meta: { unitName: string; from: string; to: string; generatedAt: Date }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = messages.appName;
  wb.created = meta.generatedAt;
  const ws = wb.addWorksheet("Sổ cấp bản sao", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = WIDTHS.map((width) => ({ width }));
  ws.mergeCells(1, 1, 1, REGISTER_HEADINGS.length);
  ws.getCell(1, 1).value = `SỔ CẤP BẢN SAO TRÍCH LỤC HỘ TỊCH, VĂN BẢN XÁC NHẬN THÔNG TIN HỘ TỊCH — ${meta.unitName.toLocaleUpperCase("vi")}`;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.mergeCells(2, 1, 2, REGISTER_HEADINGS.length);
  const clock = vietnamClock(meta.generatedAt);
  ws.getCell(2, 1).value = `Từ ngày ${ddmmyyyy(meta.from)} đến ngày ${ddmmyyyy(meta.to)} · lập lúc ${pad(Math.floor(clock.minutes / 60))}:${pad(clock.minutes % 60)} ngày ${ddmmyyyy(clock.day)}`;
  ws.getCell(2, 1).font = { italic: true };

  const heading = ws.getRow(REGISTER_HEADING_ROW);
  heading.values = [...REGISTER_HEADINGS];
  heading.font = { bold: true };
  heading.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  heading.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    c.border = { bottom: { style: "thin" } };
  });
  ws.views = [{ state: "frozen", ySplit: REGISTER_HEADING_ROW }];
  ws.autoFilter = { from: { row: REGISTER_HEADING_ROW, column: 1 }, to: { row: REGISTER_HEADING_ROW, column: REGISTER_HEADINGS.length } };

  rows.forEach((d, i) => {
    const row = ws.addRow(registerRowValues(d, i + 1));
    row.alignment = { vertical: "top", wrapText: true };
    row.getCell(3).numFmt = "dd/mm/yyyy";
    row.getCell(11).numFmt = '#,##0 "đ"';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The register export of the actor's jurisdiction (scope in listRegister's query): the workbook and its file name. */
export async function exportRegister(actor: Actor, filter: TRegisterFilter, deps?: Deps): Promise<{ body: Buffer; filename: string }> {
  const { now } = resolveDeps(deps);
  const { items, period } = await listRegister(actor, filter, { ...deps, now, all: true });
  const unitName = actor.unitIds.length > 1 ? (actor.jurisdictionRoot?.name ?? "") : (actor.unit?.name ?? "");
  const body = await registerWorkbook(items, { unitName, from: period.from, to: period.to, generatedAt: now });
  return { body, filename: `so-cap-ban-sao-${period.from}-${period.to}.xlsx` };
}
