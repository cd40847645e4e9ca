import { db } from "@/lib/db/app-db";
import { getSetting } from "@/lib/settings/settings";
import { logger } from "@/lib/server/log";
import { claimProbeLease, runProbe } from "@/lib/admin/monitoring/probe";

/**
 * The background probe loop of one server process (started from instrumentation.ts). Each tick
 * reads the interval from the settings (so a change applies without a restart), probes if this
 * instance wins the lease, and schedules the next tick. Timers are unref'd: they never keep a
 * process alive on their own.
 */
export function startProbeScheduler(): void {
  const g = globalThis as unknown as { __hoTichProbe?: boolean };
  if (g.__hoTichProbe) return;
  g.__hoTichProbe = true;
  const tick = async () => {
    let seconds = 60;
    try {
      seconds = (await getSetting(db(), "monitoring")).probeIntervalSeconds;
      if (await claimProbeLease(db(), new Date(), seconds)) await runProbe();
    } catch (error) {
      logger().warn({ err: error }, "connection probe failed");
    }
    setTimeout(() => void tick(), seconds * 1000).unref();
  };
  setTimeout(() => void tick(), 5_000).unref();
}
