import { db } from "@/lib/db/app-db";
import { startLeasedJob } from "@/lib/db/lease";
import { logger } from "@/lib/server/log";
import { rollUpClosedDays } from "@/lib/reports/daily-stats";

/** How often the lease holder looks for closed days not yet rolled up. */
export const ROLLUP_TICK_SECONDS = 600;

/**
 * The daily report rollup (started from instrumentation.ts; REPORT_ROLLUP=0 stops it here): every
 * ten minutes, the one instance holding the "report-rollup" lease rolls every closed day not yet
 * rolled up, for every unit, into report_daily_stats. Reports and the dashboard only read the
 * rollup and compute the other days live, so a late or stopped job makes them slower, never wrong.
 */
export function startRollupJob(): void {
  startLeasedJob({
    name: "report-rollup",
    tickSeconds: ROLLUP_TICK_SECONDS,
    // The first rollup of a large history can take minutes: the lease covers it.
    leaseSeconds: 1_800,
    db,
    run: async () => {
      const rolledThrough = await rollUpClosedDays(db(), new Date());
      logger().debug({ rolledThrough }, "report rollup checked");
    },
    onError: (error) => logger().warn({ err: error }, "report rollup tick failed"),
  });
}
