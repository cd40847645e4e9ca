import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { todayInVietnam } from "@/lib/text/dates";
import { formatDateTime } from "@/lib/text/format";
import { accessLogBatches, countAccessLog, ZAccessLogFilter } from "@/lib/audit/list-access-log";
import { ACCESS_OPERATION_LABELS, ACCESS_SYSTEM_LABELS } from "@/lib/audit/labels";
import { countLookups, lookupBatches, ZLookupFilter } from "@/lib/lookups/list-lookups";
import { ERROR_KIND_LABELS, OUTCOME_LABELS, PURPOSE_LABELS, QUERY_KIND_LABELS } from "@/lib/lookups/labels";
import { dossierBatches, dossierCells, dossierWhere, ZDossierFilter } from "@/lib/lookups/list-dossiers";
import { registerBatches, registerPeriod, registerWhere } from "@/lib/copies/list-register";
import { REGISTER_COLUMN_WIDTHS, REGISTER_HEADINGS, registerRowValues, registerTitleLines } from "@/lib/copies/export-register";
import { ZRegisterFilter } from "@/lib/copies/schemas";
import type { ExportKind } from "@/lib/exports/types";

export type Cell = string | number | Date | null;
export type Column = { header: string; width: number; numFmt?: string };

/**
 * One kind of export: who may ask, its filter (the list's, without the page position), how many rows
 * it holds, its rows in keyset batches already turned into cells, its title lines and file name.
 * Every query is scoped to the actor's jurisdiction, read again when the job runs.
 */
export type ExportSpec = {
  permission: Action;
  parseFilter: (raw: Record<string, unknown>) => Record<string, string | undefined>;
  count: (db: Db, actor: Actor, filter: Record<string, string | undefined>, now: Date) => Promise<number>;
  rows: (db: Db, actor: Actor, filter: Record<string, string | undefined>, now: Date, batchSize: number) => AsyncGenerator<Cell[][]>;
  sheetName: string;
  columns: readonly Column[];
  title: (actor: Actor, filter: Record<string, string | undefined>, now: Date) => [string, string];
  fileName: (filter: Record<string, string | undefined>, now: Date) => string;
};

/** The filter's fields that are set, without the page position (after/before/page). */
function plain(raw: Record<string, unknown>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(raw)) if (typeof v === "string" && v && !["after", "before", "page"].includes(k)) out[k] = v;
  return out;
}
const scopeName = (actor: Actor) => (actor.unitIds.length > 1 ? (actor.jurisdictionRoot?.name ?? "") : (actor.unit?.name ?? ""));
const stamp = (now: Date) => `lập lúc ${formatDateTime(now)}`;
const filterLine = (parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" · ");

async function* mapped<T>(batches: AsyncGenerator<T[]>, toCells: (row: T, n: number) => Cell[]): AsyncGenerator<Cell[][]> {
  let n = 0;
  for await (const batch of batches) yield batch.map((r) => toCells(r, ++n));
}

const ACCESS_LOG: ExportSpec = {
  permission: "accessLog.read",
  parseFilter: (raw) => plain(ZAccessLogFilter.parse(raw)),
  count: (db, actor, f) => countAccessLog(db, actor, ZAccessLogFilter.parse(f)),
  // The export shows who looked, when, where, why and the outcome; never the query (citizens' names
  // and numbers) nor the records returned, so it holds no citizen's personal data (as the page).
  rows: (db, actor, f, _now, size) =>
    mapped(accessLogBatches(db, actor, ZAccessLogFilter.parse(f), size), (r) => [
      `${r.chain}/${r.seq.toString()}`, formatDateTime(r.at), r.actorLabel, r.unitCode, r.ip,
      ACCESS_SYSTEM_LABELS[r.system as keyof typeof ACCESS_SYSTEM_LABELS] ?? r.system, ACCESS_OPERATION_LABELS[r.operation] ?? r.operation,
      r.purposeKind ? PURPOSE_LABELS[r.purposeKind as keyof typeof PURPOSE_LABELS] ?? r.purposeKind : null, r.purposeRef, r.legalBasis,
      OUTCOME_LABELS[r.outcome as keyof typeof OUTCOME_LABELS] ?? r.outcome, r.resultCount, r.errorKind ? (ERROR_KIND_LABELS[r.errorKind] ?? r.errorKind) : null,
    ]),
  sheetName: "Nhật ký khai thác",
  columns: [
    { header: "Chuỗi/STT", width: 12 }, { header: "Thời điểm", width: 20 }, { header: "Người tra cứu", width: 30 }, { header: "Mã đơn vị", width: 10 }, { header: "Địa chỉ IP", width: 16 },
    { header: "Hệ thống", width: 16 }, { header: "Thao tác", width: 22 }, { header: "Mục đích", width: 30 }, { header: "Tham chiếu", width: 20 }, { header: "Căn cứ", width: 24 },
    { header: "Kết quả", width: 16 }, { header: "Số kết quả", width: 10 }, { header: "Lỗi", width: 24 },
  ],
  title: (actor, f, now) => [
    `NHẬT KÝ KHAI THÁC DỮ LIỆU HỘ TỊCH — ${scopeName(actor).toLocaleUpperCase("vi")}`,
    filterLine([f.system && `Hệ thống: ${ACCESS_SYSTEM_LABELS[f.system as keyof typeof ACCESS_SYSTEM_LABELS]}`, f.outcome && `Kết quả: ${OUTCOME_LABELS[f.outcome as keyof typeof OUTCOME_LABELS]}`, f.actor && `Người tra cứu: ${f.actor}`, stamp(now)]),
  ],
  fileName: (_f, now) => `Nhật ký khai thác dữ liệu ${todayInVietnam(now)}.xlsx`,
};

const LOOKUPS: ExportSpec = {
  permission: "dossier.read",
  parseFilter: (raw) => plain(ZLookupFilter.parse(raw)),
  count: (db, actor, f) => countLookups(db, actor, ZLookupFilter.parse(f)),
  rows: (db, actor, f, _now, size) =>
    mapped(lookupBatches(db, actor, ZLookupFilter.parse(f), size), (l) => [
      formatDateTime(l.createdAt), l.user ? `${l.user.fullName} (${l.user.username})` : `Hệ thống: ${l.apiClient?.name ?? "—"}`, l.unit.code, l.unit.name,
      PURPOSE_LABELS[l.purposeKind], l.dossier ? `${l.dossier.code} · ${l.dossier.procedure.name}` : l.purposeRef, QUERY_KIND_LABELS[l.queryKind] ?? l.queryKind,
      OUTCOME_LABELS[l.outcome], l.resultCount,
    ]),
  sheetName: "Lịch sử tra cứu",
  columns: [
    { header: "Thời điểm", width: 20 }, { header: "Người tra cứu", width: 32 }, { header: "Mã đơn vị", width: 10 }, { header: "Đơn vị", width: 28 }, { header: "Mục đích", width: 32 },
    { header: "Hồ sơ, tham chiếu", width: 36 }, { header: "Tra cứu theo", width: 24 }, { header: "Kết quả", width: 16 }, { header: "Số kết quả", width: 10 },
  ],
  title: (actor, f, now) => [
    `LỊCH SỬ TRA CỨU DỮ LIỆU HỘ TỊCH — ${scopeName(actor).toLocaleUpperCase("vi")}`,
    filterLine([f.outcome && `Kết quả: ${OUTCOME_LABELS[f.outcome as keyof typeof OUTCOME_LABELS]}`, f.unit && `Đơn vị: ${f.unit}`, stamp(now)]),
  ],
  fileName: (_f, now) => `Lịch sử tra cứu ${todayInVietnam(now)}.xlsx`,
};

const registerFilter = (f: Record<string, unknown>) => ZRegisterFilter.parse(f);
const REGISTER: ExportSpec = {
  permission: "copy.read",
  parseFilter: (raw) => plain(registerFilter(raw)),
  count: (db, actor, f, now) => db.issuedDocument.count({ where: registerWhere(actor, registerFilter(f), now).where }),
  rows: (db, actor, f, now, size) => mapped(registerBatches(db, actor, registerFilter(f), now, size), (d, n) => registerRowValues(d, n)),
  sheetName: "Sổ cấp bản sao",
  columns: REGISTER_HEADINGS.map((header, i) => ({ header, width: REGISTER_COLUMN_WIDTHS[i] ?? 14, ...(i === 2 ? { numFmt: "dd/mm/yyyy" } : i === 10 ? { numFmt: '#,##0 "đ"' } : {}) })),
  title: (actor, f, now) => {
    const { period } = registerWhere(actor, registerFilter(f), now);
    return registerTitleLines({ unitName: scopeName(actor), from: period.from, to: period.to, generatedAt: now });
  },
  fileName: (f, now) => {
    const { from, to } = registerPeriod(registerFilter(f), now);
    return `so-cap-ban-sao-${from}-${to}.xlsx`;
  },
};

const DOSSIERS: ExportSpec = {
  permission: "dossier.read",
  parseFilter: (raw) => plain(ZDossierFilter.parse(raw)),
  count: (db, actor, f) => db.dossier.count({ where: dossierWhere(actor, ZDossierFilter.parse(f)) }),
  rows: (db, actor, f, _now, size) =>
    mapped(dossierBatches(actor, ZDossierFilter.parse(f), size, { db }), dossierCells),
  sheetName: "Hồ sơ tra cứu",
  columns: [
    { header: "Mã hồ sơ", width: 16 }, { header: "Mã đơn vị", width: 10 }, { header: "Đơn vị", width: 28 }, { header: "Mã thủ tục", width: 12 }, { header: "Thủ tục", width: 40 },
    { header: "Thời điểm tra cứu đầu", width: 20 }, { header: "Số lượt tra cứu", width: 12 }, { header: "Số lượt có kết quả", width: 12 }, { header: "Giấy tờ được cắt giảm", width: 40 },
  ],
  title: (actor, f, now) => [`HỒ SƠ TRA CỨU — ${scopeName(actor).toLocaleUpperCase("vi")}`, filterLine([f.unit && `Đơn vị: ${f.unit}`, f.procedure && `Thủ tục: ${f.procedure}`, f.code && `Mã hồ sơ: ${f.code}`, f.from && `Từ ngày ${f.from}`, f.to && `đến ngày ${f.to}`, stamp(now)])],
  fileName: (_f, now) => `Hồ sơ tra cứu ${todayInVietnam(now)}.xlsx`,
};

export const EXPORT_SPECS: Record<ExportKind, ExportSpec> = { ACCESS_LOG, LOOKUPS, REGISTER, DOSSIERS };
export const ZExportKind = z.enum(["ACCESS_LOG", "LOOKUPS", "REGISTER", "DOSSIERS"]);
