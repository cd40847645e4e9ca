import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { messages } from "@/lib/text/messages";
import type { Cell, Column } from "@/lib/exports/kinds";

/** The heading row: two title lines and a blank line above it (as the register always had). */
export const EXPORT_HEADING_ROW = 4;

/**
 * Streams rows into an .xlsx with exceljs' WorkbookWriter: each row is committed (serialised and
 * compressed) as it is written, so memory holds one batch of rows and the compressed file, never
 * the whole sheet. `onBatch` is told the rows written so far after each batch (progress).
 */
export async function writeXlsx(opts: {
  sheetName: string;
  columns: readonly Column[];
  title: [string, string];
  rows: AsyncIterable<Cell[][]>;
  generatedAt: Date;
  onBatch?: (rowsDone: number) => Promise<void>;
}): Promise<{ body: Buffer; rows: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  const finished = new Promise<void>((resolve, reject) => {
    out.on("end", resolve);
    out.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = messages.appName;
  wb.created = opts.generatedAt;
  const ws = wb.addWorksheet(opts.sheetName, {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: "frozen", ySplit: EXPORT_HEADING_ROW }],
  });
  ws.columns = opts.columns.map((c) => ({ width: c.width }));
  const width = opts.columns.length;
  ws.mergeCells(1, 1, 1, width);
  ws.getCell(1, 1).value = opts.title[0];
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.mergeCells(2, 1, 2, width);
  ws.getCell(2, 1).value = opts.title[1];
  ws.getCell(2, 1).font = { italic: true };
  const heading = ws.getRow(EXPORT_HEADING_ROW);
  heading.values = opts.columns.map((c) => c.header);
  heading.font = { bold: true };
  heading.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  heading.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
    c.border = { bottom: { style: "thin" } };
  });
  ws.autoFilter = { from: { row: EXPORT_HEADING_ROW, column: 1 }, to: { row: EXPORT_HEADING_ROW, column: width } };
  for (let r = 1; r <= EXPORT_HEADING_ROW; r++) ws.getRow(r).commit();

  let done = 0;
  for await (const batch of opts.rows) {
    for (const cells of batch) {
      const row = ws.addRow(cells);
      row.alignment = { vertical: "top", wrapText: true };
      opts.columns.forEach((c, i) => {
        if (c.numFmt) row.getCell(i + 1).numFmt = c.numFmt;
      });
      row.commit();
    }
    done += batch.length;
    await opts.onBatch?.(done);
  }
  ws.commit();
  await wb.commit();
  await finished;
  return { body: Buffer.concat(chunks), rows: done };
}
