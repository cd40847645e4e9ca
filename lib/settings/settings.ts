import { z } from "zod";
import type { Db } from "@/lib/db/client";

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
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]["schema"]>;

/** The value in force: stored (validated) or the default. Read per request, so changes need no restart. */
export async function getSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingValue<K>> {
  const row = await db.setting.findUnique({ where: { key } });
  const parsed = row ? SETTINGS[key].schema.safeParse(row.value) : null;
  return (parsed?.success ? parsed.data : SETTINGS[key].defaults) as SettingValue<K>;
}
