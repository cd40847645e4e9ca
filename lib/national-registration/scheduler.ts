import { civilRegistry } from "@/lib/adapters/civil-registry";
import { db } from "@/lib/db/app-db";
import { startLeasedJob } from "@/lib/db/lease";
import { logger } from "@/lib/server/log";
import { deliverDue } from "@/lib/national-registration/deliver";

/** How often the lease holder looks for due registrations. */
export const REGISTRATION_TICK_SECONDS = 10;

/**
 * The outbox worker of one server process (started from instrumentation.ts): every tick, the
 * instance holding the "national-registration" lease delivers what is due. With several instances
 * one delivers at a time; the idempotency keys make even an overlap harmless upstream.
 */
export function startRegistrationWorker(): void {
  startLeasedJob({
    name: "national-registration",
    tickSeconds: REGISTRATION_TICK_SECONDS,
    // A batch of 50 at the upstream timeout could outlast a tick: the lease covers it.
    leaseSeconds: 300,
    db,
    run: async () => {
      const counts = await deliverDue(db(), civilRegistry());
      if (counts.delivered + counts.refused + counts.retry > 0) logger().info(counts, "national registrations delivered");
    },
    onError: (error) => logger().warn({ err: error }, "national registration worker tick failed"),
  });
}
