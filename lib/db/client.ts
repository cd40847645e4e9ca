import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { registerPool } from "@/lib/db/raw-query";

export type { PrismaClient };
export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type PoolOptions = {
  /** Connections at most (default 10). */
  max?: number;
  /** PostgreSQL cancels a statement running longer than this (statement_timeout); 0 or unset: the server's default. */
  statementTimeoutMs?: number;
  /** A pooled connection idle this long is closed (pg's default: 10 s). */
  idleTimeoutMs?: number;
};

/** node-postgres pool settings: the statement timeout travels in each connection's startup message. */
export function poolConfig(connectionString: string, options: PoolOptions = {}): pg.PoolConfig {
  return {
    connectionString,
    max: options.max ?? 10,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(options.idleTimeoutMs ? { idleTimeoutMillis: options.idleTimeoutMs } : {}),
    // Without this the pool's idle timer keeps a finished script alive for ~10 s.
    allowExitOnIdle: true,
  };
}

/**
 * A Prisma client over node-postgres. The only constructor of clients: the app's singleton
 * (lib/db/app-db.ts, sized and timed by DATABASE_POOL_SIZE, DATABASE_STATEMENT_TIMEOUT_MS and
 * DATABASE_IDLE_TIMEOUT_MS), command-line scripts and tests all come through here, so every process
 * speaks to PostgreSQL and to the embedded PGlite server the same way.
 */
export function createPrismaClient(connectionString: string, options: PoolOptions = {}): PrismaClient {
  // The pool is made here, and disposed by $disconnect, so that queryRows (lib/db/raw-query.ts) can
  // send the hot path's statements through the very same connections.
  const pool = new pg.Pool(poolConfig(connectionString, options));
  // An idle connection that breaks (the server restarted) is dropped by the pool; without a
  // listener its 'error' event would end the process before Prisma attaches its own.
  pool.on("error", () => {});
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  registerPool(client, pool);
  return client;
}
