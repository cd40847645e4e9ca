import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import type { AccessLog } from "@/lib/generated/prisma/client";
import { getSetting } from "@/lib/settings/settings";

/** Who a flag is about: the access-log row's actor and unit. */
type Who = Pick<AccessLog, "actorLabel" | "unitCode">;

export type UnusualUse = {
  bursts: (Who & { windowStart: Date; lookups: number })[];
  offHours: (Who & { lookups: number; last: Date })[];
  enumerations: (Who & { streak: number; from: Date; to: Date })[];
  thresholds: Awaited<ReturnType<typeof getSetting<"unusualUse">>>;
};

/**
 * Patterns in the access log worth a provincial officer's look: many lookups in a short time,
 * lookups outside working hours, and long runs of ID searches that found nothing (someone trying
 * numbers). Thresholds are configuration. Computed in SQL over the jurisdiction's rows only.
 * Vietnam keeps UTC+7 all year, so local time is `at + 7 hours`.
 */
export async function findUnusualUse(actor: Actor, deps?: Deps): Promise<UnusualUse> {
  const { db, now } = resolveDeps(deps);
  if (!roleCan(actor.role, "accessLog.read")) throw new AppError("NOT_FOUND");
  const t = await getSetting(db, "unusualUse");
  const since = new Date(now.getTime() - t.days * 86_400_000);
  const units = [...actor.unitIds];

  const [bursts, offHours, enumerations] = await Promise.all([
    db.$queryRaw<(Who & { windowStart: Date; lookups: bigint })[]>`
      SELECT "actorLabel", "unitCode", date_bin(make_interval(mins => ${t.burstMinutes}::int), "at", timestamp '2000-01-01') AS "windowStart", count(*) AS "lookups"
      FROM "access_log"
      WHERE "operation" = 'SEARCH' AND "at" >= ${since} AND "unitId" = ANY(${units}::text[])
      GROUP BY 1, 2, 3 HAVING count(*) > ${t.burstCount}::int
      ORDER BY 4 DESC, 3 DESC LIMIT 50`,
    db.$queryRaw<(Who & { lookups: bigint; last: Date })[]>`
      SELECT "actorLabel", "unitCode", count(*) AS "lookups", max("at") AS "last"
      FROM "access_log"
      WHERE "operation" = 'SEARCH' AND "at" >= ${since} AND "unitId" = ANY(${units}::text[])
        AND (extract(isodow FROM "at" + interval '7 hours') > 5
          OR ("at" + interval '7 hours')::time < ${t.workdayStart}::time
          OR ("at" + interval '7 hours')::time >= ${t.workdayEnd}::time)
      GROUP BY 1, 2 HAVING count(*) >= ${t.offHoursMin}::int
      ORDER BY 3 DESC LIMIT 50`,
    db.$queryRaw<(Who & { streak: bigint; from: Date; to: Date })[]>`
      WITH s AS (
        SELECT "actorLabel", "unitCode", "chain", "seq", "at",
          ("outcome" = 'NOT_FOUND' AND "query"->>'by' = 'personalId') AS "miss"
        FROM "access_log"
        WHERE "operation" = 'SEARCH' AND "system" = 'CIVIL_REGISTRY' AND "at" >= ${since} AND "unitId" = ANY(${units}::text[])
      ), g AS (
        SELECT *, sum(CASE WHEN "miss" THEN 0 ELSE 1 END) OVER (PARTITION BY "actorLabel" ORDER BY "at", "chain", "seq") AS "grp" FROM s
      )
      SELECT "actorLabel", min("unitCode") AS "unitCode", count(*) AS "streak", min("at") AS "from", max("at") AS "to"
      FROM g WHERE "miss" GROUP BY "actorLabel", "grp" HAVING count(*) >= ${t.notFoundStreak}::int
      ORDER BY 3 DESC LIMIT 50`,
  ]);
  return {
    bursts: bursts.map((b) => ({ ...b, lookups: Number(b.lookups) })),
    offHours: offHours.map((o) => ({ ...o, lookups: Number(o.lookups) })),
    enumerations: enumerations.map((e) => ({ ...e, streak: Number(e.streak) })),
    thresholds: t,
  };
}
