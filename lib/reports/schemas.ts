import { z } from "zod";
import { reportMessages as m } from "@/lib/reports/messages";

const text = z.string().trim().max(5_000, m.textTooLong);

export const ZReportRef = z.object({ id: z.string().min(1).max(40), version: z.coerce.number().int().min(0) });
export type TReportRef = z.infer<typeof ZReportRef>;

export const ZSaveReport = ZReportRef.extend({ difficulties: text, proposals: text, prepared: z.boolean() });
export type TSaveReport = z.infer<typeof ZSaveReport>;

export const ZReviewReport = ZReportRef.extend({
  decision: z.enum(["ACCEPT", "RETURN"]),
  comment: z.string().trim().max(2_000, m.textTooLong),
}).refine((v) => v.decision === "ACCEPT" || v.comment.length > 0, { path: ["comment"], message: m.commentRequired });
export type TReviewReport = z.infer<typeof ZReviewReport>;

export const ZOpenReport = z.object({
  unitId: z.string().min(1).max(40),
  kind: z.enum(["MONTHLY", "HALF_YEARLY", "YEARLY", "AD_HOC"]),
  period: z.string().min(1).max(40),
});
export type TOpenReport = z.infer<typeof ZOpenReport>;

export const ZAdHocRequest = z.object({
  title: z.string().trim().min(1, m.titleRequired).max(300),
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.dateInvalid),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.dateInvalid),
  due: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.dateInvalid),
  unitCodes: z.array(z.string().trim().min(1).max(20)).max(200),
  note: z.string().trim().max(2_000).optional(),
}).refine((v) => v.from <= v.to, { path: ["to"], message: m.rangeInvalid });
export type TAdHocRequest = z.infer<typeof ZAdHocRequest>;

export const ZDashboardFilter = z.object({
  month: z.string().regex(/^\d{4}-\d{2}$/).optional().catch(undefined),
  group: z.enum(["unit", "district", "province"]).catch("unit").default("unit"),
});
export type TDashboardFilter = z.infer<typeof ZDashboardFilter>;
