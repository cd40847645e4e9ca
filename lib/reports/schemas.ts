import { z } from "zod";
import { REPORT_TEXT_MAX_LENGTH } from "@/lib/reports/limits";
import { reportMessages as m } from "@/lib/reports/messages";
import { hasControlChars } from "@/lib/validation/fields";
import { ZRowId } from "@/lib/validation/ids";
import { fieldMessages as fm } from "@/lib/validation/messages";

/** Typed text: no control characters (a NUL would fail the write), line breaks allowed. */
const typed = (max: number, label: string) => z.string().trim().max(max, max === REPORT_TEXT_MAX_LENGTH ? m.textTooLong : fm.tooLong(label, max)).refine((v) => !hasControlChars(v, true), fm.control(label));
const text = typed(REPORT_TEXT_MAX_LENGTH, fm.labels.reportText);

export const ZReportRef = z.object({ id: ZRowId, version: z.coerce.number().int().min(0) });
export type TReportRef = z.infer<typeof ZReportRef>;

export const ZSaveReport = ZReportRef.extend({ difficulties: text, proposals: text, prepared: z.boolean() });
export type TSaveReport = z.infer<typeof ZSaveReport>;

export const ZReviewReport = ZReportRef.extend({
  decision: z.enum(["ACCEPT", "RETURN"]),
  comment: typed(2_000, fm.labels.reportComment),
}).refine((v) => v.decision === "ACCEPT" || v.comment.length > 0, { path: ["comment"], message: m.commentRequired });
export type TReviewReport = z.infer<typeof ZReviewReport>;

export const ZOpenReport = z.object({
  unitId: ZRowId,
  kind: z.enum(["MONTHLY", "HALF_YEARLY", "YEARLY", "AD_HOC"]),
  /** "2026-10", "2026-H1", "2026", or an ad hoc request's id: the shape of a row id either way. */
  period: ZRowId,
});
export type TOpenReport = z.infer<typeof ZOpenReport>;

export const ZAdHocRequest = z.object({
  title: typed(300, fm.labels.reportTitle).pipe(z.string().min(1, m.titleRequired)),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.dateInvalid),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.dateInvalid),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.dateInvalid),
  unitCodes: z.array(z.string().trim().regex(/^[0-9A-Za-z-]{1,20}$/, fm.format(fm.labels.unitCode))).max(200),
  note: typed(2_000, fm.labels.note).optional(),
}).refine((v) => v.from <= v.to, { path: ["to"], message: m.rangeInvalid });
export type TAdHocRequest = z.infer<typeof ZAdHocRequest>;

export const ZDashboardFilter = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  group: z.enum(["unit", "district", "province"]).catch("unit").default("unit"),
});
export type TDashboardFilter = z.infer<typeof ZDashboardFilter>;
