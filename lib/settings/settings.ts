import { z } from "zod";
import type { Db, Tx } from "@/lib/db/client";
import { DEFAULT_DOCUMENT_FORMS, ZDocumentForms } from "@/lib/documents/forms";

// Run-time configuration with its defaults. Administrators change values on the configuration pages
// (stored in `settings`); an absent or invalid stored value falls back to the default.
export const SETTINGS = {
  unusualUse: {
    schema: z.object({
      /** More than burstCount lookups by one person within burstMinutes. */
      burstCount: z.number().int().min(1),
      burstMinutes: z.number().int().min(1).max(24 * 60),
      /** Working hours (Vietnam time), Monday to Friday; lookups outside are flagged. */
      workdayStart: z.string().regex(/^\d{2}:\d{2}$/),
      workdayEnd: z.string().regex(/^\d{2}:\d{2}$/),
      /** Flag a person after this many outside-hours lookups in the period. */
      offHoursMin: z.number().int().min(1),
      /** This many ID-number searches in a row that found nothing looks like enumeration. */
      notFoundStreak: z.number().int().min(2),
      /** How far back the flags look. */
      days: z.number().int().min(1).max(366),
    }),
    defaults: { burstCount: 30, burstMinutes: 10, workdayStart: "07:00", workdayEnd: "17:30", offHoursMin: 3, notFoundStreak: 10, days: 30 },
  },
  /**
   * Charges for copies and confirmations, in whole đồng; a request keeps the amounts of its day.
   * The copy charge is a "phí" (phí khai thác, sử dụng thông tin trong cơ sở dữ liệu hộ tịch,
   * Thông tư 281/2016/TT-BTC Art. 4), not a "lệ phí": every page and export says "phí".
   */
  fees: {
    schema: z.object({
      /** Per copy per registered event (Thông tư 281/2016/TT-BTC, Art. 4: 8.000 đồng). */
      copyFeePerCopy: z.number().int().min(0),
      /** Per confirmation document. (to confirm) No national charge was found for it; a province may set one. */
      confirmationFee: z.number().int().min(0),
      /** Per-channel amounts replacing copyFeePerCopy, e.g. a temporary reduction for online requests (with its own basis). */
      copyFeeByChannel: z.object({ COUNTER: z.number().int().min(0), ONLINE: z.number().int().min(0), POST: z.number().int().min(0) }).partial(),
      /**
       * Cases exempt from the fee (fee 0), each with the legal text that grants it; the case and its
       * basis chosen are recorded on the request. A waiver without a basis is not a setting: it
       * would waive the fee across the province (Luật Phí và lệ phí 2015 Art. 10 lets the fee's own
       * text name exempt groups; Thông tư 281/2016/TT-BTC names none for this fee — to confirm).
       */
      exemptions: z
        .array(z.object({ reason: z.string().trim().min(3).max(200), basis: z.string().trim().min(6).max(300) }))
        .max(30)
        .refine((list) => new Set(list.map((e) => e.reason)).size === list.length, "duplicate exemption"),
    }),
    defaults: {
      copyFeePerCopy: 8_000,
      confirmationFee: 0,
      copyFeeByChannel: {},
      exemptions: [] as { reason: string; basis: string }[],
    },
  },
  /**
   * Service hours of the one-stop desks, for due times of copy and confirmation requests
   * (Asia/Ho_Chi_Minh; Saturday and Sunday are off). A request received on a working day before
   * cutoffHour is due that day; later, or on a day off, it is due the next working day.
   */
  serviceHours: {
    schema: z.object({
      cutoffHour: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      workdayStart: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      workdayEnd: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
      /** Public holidays falling on working days (yyyy-MM-dd); Tết and compensatory days change every year. */
      holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(500),
    }),
    defaults: {
      cutoffHour: "15:00",
      workdayStart: "07:30",
      workdayEnd: "17:00",
      // 2026: New Year; Tết Bính Ngọ (Mon 16 – Fri 20 Feb; to confirm against the Government's notice);
      // Giỗ Tổ Hùng Vương (Sun 26 Apr, off on Mon 27 Apr); 30 Apr and 1 May; Quốc khánh 1–2 Sep
      // (to confirm). 2027: New Year's Day, so requests taken at the end of 2026 get the right due day.
      holidays: [
        "2026-01-01",
        "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
        "2026-04-27", "2026-04-30", "2026-05-01",
        "2026-09-01", "2026-09-02",
        "2027-01-01",
      ],
    },
  },
  /** The reporting calendar (lib/reports/calendar.ts computes the periods). */
  reportingCalendar: {
    schema: z.object({
      /** Reports are due before this day of the month after the period ends. */
      dueDay: z.number().int().min(1).max(28),
      /** Month (1–12) the half-year and the year start in, in the previous calendar year unless January. */
      yearStartMonth: z.number().int().min(1).max(12),
    }),
    defaults: { dueDay: 10, yearStartMonth: 12 },
  },
  /** Agency data requests: answer deadline in working days (serviceHours' holidays apply). */
  agencyRequests: {
    schema: z.object({
      defaultWorkingDays: z.number().int().min(1).max(60),
      /** Flag a request "due soon" this many working days before its deadline. */
      dueSoonWorkingDays: z.number().int().min(0).max(10),
      /** Most people one request may name (a CSV upload included). */
      maxPeople: z.number().int().min(1).max(5_000),
    }),
    defaults: { defaultWorkingDays: 5, dueSoonWorkingDays: 1, maxPeople: 500 },
  },
  /** Connection monitoring: how often the background probe calls each national system. */
  monitoring: {
    schema: z.object({
      probeIntervalSeconds: z.number().int().min(10).max(3_600),
      /** A probe slower than this counts as degraded. */
      slowMs: z.number().int().min(100).max(60_000),
    }),
    defaults: { probeIntervalSeconds: 60, slowMs: 2_000 },
  },
  /**
   * Extract forms of copies (Thông tư 04/2020/TT-BTP): per event kind the title and number symbol,
   * and whether the number carries the year ("470/2025/TLKT-BS", the default, as real copies do).
   * Five symbols are (to confirm): see lib/documents/forms.ts. Stored on each document at signing.
   */
  documentForms: { schema: ZDocumentForms, defaults: DEFAULT_DOCUMENT_FORMS },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]["schema"]>;

/** The value in force: stored (validated) or the default. Read per request, so changes need no restart. */
export async function getSetting<K extends SettingKey>(db: Db | Tx, key: K): Promise<SettingValue<K>> {
  const row = await db.setting.findUnique({ where: { key } });
  const parsed = row ? SETTINGS[key].schema.safeParse(row.value) : null;
  return (parsed?.success ? parsed.data : SETTINGS[key].defaults) as SettingValue<K>;
}
