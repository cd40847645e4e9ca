import { randomUUID } from "node:crypto";
import { claimLease } from "@/lib/db/lease";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { deliverDueCallbacks } from "@/lib/api-callbacks/deliver";

/** How often an instance looks for callbacks due; a change is announced within about this much. */
export const CALLBACK_TICK_SECONDS = 5;
const INSTANCE_ID = randomUUID();

/**
 * The callback sender of one server process (started from instrumentation.ts; API_CALLBACKS=0 stops
 * it): every tick, the holder of the "api-callbacks" lease (probe_leases) sends what is due, so that
 * of several instances one sends at a time. A failure is logged and the next tick carries on.
 */
export function startCallbackScheduler(): void {
  const g = globalThis as unknown as { __hoTichCallbacks?: boolean };
  if (g.__hoTichCallbacks) return;
  g.__hoTichCallbacks = true;
  const tick = async () => {
    try {
      // The lease outlasts a batch's worst case (20 × the 10 s timeout) so that no second sender starts meanwhile.
      if (await claimLease(db(), "api-callbacks", new Date(), 240, INSTANCE_ID)) {
        const tally = await deliverDueCallbacks(db());
        if (tally.delivered + tally.retried + tally.failed > 0) logger().info(tally, "api callbacks sent");
        if (tally.failed > 0) logger().warn({ failed: tally.failed }, "api callbacks given up");
      }
    } catch (error) {
      logger().error({ err: error }, "api callbacks not sent");
    }
    setTimeout(() => void tick(), CALLBACK_TICK_SECONDS * 1000).unref();
  };
  setTimeout(() => void tick(), 3_000).unref();
}
