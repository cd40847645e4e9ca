import { stopLeasedJobs } from "@/lib/db/lease";
import { logger } from "@/lib/server/log";

/** On globalThis: the route handlers' bundle must see the flag instrumentation.ts sets. */
const state = globalThis as unknown as { __hoTichShuttingDown?: boolean; __hoTichShutdownHandlers?: boolean };

/** True once this instance has begun shutting down: /api/health/ready answers 503 from then on. */
export function isShuttingDown(): boolean {
  return state.__hoTichShuttingDown === true;
}

/** Marks the instance as shutting down; false when it already was. */
export function beginShutdown(): boolean {
  if (state.__hoTichShuttingDown) return false;
  state.__hoTichShuttingDown = true;
  return true;
}

/** Tests only: the flag back to "serving". */
export function resetShutdownForTests(): void {
  state.__hoTichShuttingDown = false;
}

/**
 * This instance's part of a graceful shutdown: readiness turns 503 at once (a proxy stops sending
 * traffic), the background jobs stop and the leases this instance holds are released, so another
 * instance takes the jobs over at its next tick. Returns how many leases were released.
 */
export async function shutDown(signal: NodeJS.Signals): Promise<number> {
  beginShutdown();
  logger().info({ signal }, "shutting down: not ready, stopping background jobs");
  try {
    const released = await stopLeasedJobs();
    logger().info({ released }, "background jobs stopped, leases released");
    return released;
  } catch (error) {
    // The leases then expire by themselves (at most their leaseSeconds).
    logger().warn({ err: error }, "could not release the leases on shutdown");
    return 0;
  }
}

const EXIT_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Installs the SIGTERM/SIGINT handlers (instrumentation.ts, nodejs runtime). `next start` and the
 * standalone server.js handle the same signals themselves: they stop accepting connections, let the
 * requests in flight finish, then exit; this handler runs alongside. When no other listener is left
 * (NEXT_MANUAL_SIG_HANDLE set, or another server), it exits the process once its work is done.
 */
export function installShutdownHandlers(): void {
  if (state.__hoTichShutdownHandlers) return;
  state.__hoTichShutdownHandlers = true;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      // A once-listener is removed before it runs: any listener left is Next.js' own.
      const nextHandles = process.listenerCount(signal) > 0;
      void shutDown(signal).finally(() => {
        if (!nextHandles) process.exit(EXIT_CODES[signal]);
      });
    });
  }
}
