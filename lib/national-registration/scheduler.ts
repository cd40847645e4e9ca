import { randomUUID } from "node:crypto";
import { civilRegistry } from "@/lib/adapters/civil-registry";
import { db } from "@/lib/db";
import { claimLease } from "@/lib/db/lease";
import { logger } from "@/lib/log";
import { deliverDue } from "@/lib/national-registration/deliver";

/** How often the lease holder looks for due registrations. */
export const REGISTRATION_TICK_SECONDS = 10;
const INSTANCE_ID = randomUUID();

/**
 * The outbox worker of one server process (started from instrumentation.ts): every tick, the
 * instance holding the "national-registration" lease delivers what is due. With several instances
 * one delivers at a time; the idempotency keys make even an overlap harmless upstream.
 */
export function startRegistrationWorker(): void {
  const g = globalThis as unknown as { __hoTichRegistrationWorker?: boolean };
  if (g.__hoTichRegistrationWorker) return;
  g.__hoTichRegistrationWorker = true;
  const tick = async () => {
    try {
      if (await claimLease(db(), "national-registration", new Date(), REGISTRATION_TICK_SECONDS, INSTANCE_ID)) {
        const counts = await deliverDue(db(), civilRegistry());
        if (counts.delivered + counts.refused + counts.retry > 0) logger().info(counts, "national registrations delivered");
      }
    } catch (error) {
      logger().warn({ err: error }, "national registration worker tick failed");
    }
    setTimeout(() => void tick(), REGISTRATION_TICK_SECONDS * 1000).unref();
  };
  setTimeout(() => void tick(), 3_000).unref();
}
