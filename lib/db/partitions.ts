import type { Db } from "@/lib/db/client";
import { startLeasedJob } from "@/lib/db/lease";
import { logger } from "@/lib/server/log";

/** How many months ahead of the current one the partitions of access_log and lookups exist. */
export const PARTITION_MONTHS_AHEAD = 3;

/**
 * Makes the month partitions of access_log and lookups from `from`'s month through `to`'s, those
 * missing (hotich_ensure_month_partitions, which the application role may call: it owns no table).
 * Returns how many partitions it made.
 */
export async function ensureMonthPartitions(db: Db, from: Date, to: Date): Promise<number> {
  const [row] = await db.$queryRaw<{ made: number }[]>`SELECT hotich_ensure_month_partitions(${from.toISOString().slice(0, 10)}::date, ${to.toISOString().slice(0, 10)}::date) AS "made"`;
  return row?.made ?? 0;
}

/** The months a running portal needs: last month through PARTITION_MONTHS_AHEAD months ahead. */
export function monthsAround(now: Date): { from: Date; to: Date } {
  return {
    from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)),
    to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + PARTITION_MONTHS_AHEAD, 1)),
  };
}

/**
 * Keeps the month partitions ahead of the clock (started from instrumentation.ts): the instance
 * holding the "month-partitions" lease makes any missing one every six hours. The migration made
 * twelve months ahead, so a stopped job has months of slack before a row finds no partition.
 */
export function startPartitionJob(db: () => Db): void {
  startLeasedJob({
    name: "month-partitions",
    tickSeconds: 6 * 3_600,
    leaseSeconds: 600,
    db,
    run: async () => {
      const { from, to } = monthsAround(new Date());
      const made = await ensureMonthPartitions(db(), from, to);
      if (made > 0) logger().info({ made }, "month partitions made");
    },
    onError: (error) => logger().error({ err: error }, "month partitions could not be made"),
  });
}
