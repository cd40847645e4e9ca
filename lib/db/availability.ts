import "server-only";
import pg from "pg";
import { env } from "@/lib/server/env";
import { logger } from "@/lib/server/log";
import { isDatabaseMarkedDown, markDatabaseDown, markDatabaseUp } from "@/lib/db/availability-state";

export { isDatabaseMarkedDown, RETRY_AFTER_SECONDS } from "@/lib/db/availability-state";

/** Prisma's codes for "cannot reach / lost the server" and "no connection free in time". */
const PRISMA_UNAVAILABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** SQLSTATE class 08 (connection exception) and the shutdown/startup states of class 57P. */
const SQLSTATE_UNAVAILABLE = /^(08...|57P0[1-3])$/;
const NODE_UNAVAILABLE = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EAI_AGAIN"]);
const MESSAGE_UNAVAILABLE =
  /Can't reach database server|Connection terminated|Connection refused|connect ECONNREFUSED|Server has closed the connection|the database system is (starting up|shutting down|in recovery mode)|terminating connection due to administrator command|timeout exceeded when trying to connect/i;

/**
 * True when an error means the database cannot be reached at all (not that a query was wrong):
 * by Prisma's code, the driver's SQLSTATE, the socket's errno, or the driver's message, anywhere
 * along the cause chain. Checked by property, never by class, so it holds across Next.js bundles.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 6; depth++) {
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; meta?: { code?: unknown } };
    const code = typeof e.code === "string" ? e.code : "";
    if (PRISMA_UNAVAILABLE.has(code) || NODE_UNAVAILABLE.has(code) || SQLSTATE_UNAVAILABLE.test(code)) return true;
    if (typeof e.meta?.code === "string" && SQLSTATE_UNAVAILABLE.test(e.meta.code)) return true;
    if (typeof e.message === "string" && MESSAGE_UNAVAILABLE.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}

let watching = false;

/** Probes the database with a fresh connection (never the app's pool, whose clients may be dead). */
async function probe(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Until the database answers again, probes it every second; then every page and API serves again. */
function watchForRecovery(): void {
  if (watching) return;
  watching = true;
  const url = env().databaseUrl;
  const tick = async () => {
    if (await probe(url)) {
      markDatabaseUp();
      watching = false;
      logger().info("database reachable again: serving requests");
      return;
    }
    setTimeout(tick, 1_000).unref();
  };
  setTimeout(tick, 1_000).unref();
}

/**
 * Records that `error` showed the database unreachable: from then on the proxy and the system API
 * answer 503 until a probe reaches it again. Returns whether the error was of that kind.
 */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailableError(error)) return false;
  if (markDatabaseDown()) logger().error({ err: error }, "database unreachable: answering 503 until it returns");
  if (isDatabaseMarkedDown()) watchForRecovery();
  return true;
}
