import { db } from "@/lib/db/app-db";
import { startLeasedJob } from "@/lib/db/lease";
import { logger } from "@/lib/server/log";
import { deliverDueCallbacks } from "@/lib/api-callbacks/deliver";

/** How often an instance looks for callbacks due; a change is announced within about this much. */
export const CALLBACK_TICK_SECONDS = 5;

/**
 * The callback sender of one server process (started from instrumentation.ts; API_CALLBACKS=0 stops
 * it): every tick, the holder of the "api-callbacks" lease (probe_leases) sends what is due, so that
 * of several instances one sends at a time. A failure is logged and the next tick carries on.
 */
export function startCallbackScheduler(): void {
  startLeasedJob({
    name: "api-callbacks",
    tickSeconds: CALLBACK_TICK_SECONDS,
    // The lease outlasts a batch's worst case (20 × the 10 s timeout) so that no second sender starts meanwhile.
    leaseSeconds: 240,
    db,
    run: async () => {
      const tally = await deliverDueCallbacks(db());
      if (tally.delivered + tally.retried + tally.failed > 0) logger().info(tally, "api callbacks sent");
      if (tally.failed > 0) logger().warn({ failed: tally.failed }, "api callbacks given up");
    },
    onError: (error) => logger().error({ err: error }, "api callbacks not sent"),
  });
}
