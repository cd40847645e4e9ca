import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { env } from "@/lib/server/env";

// One client per process. In development Next.js re-evaluates modules on every edit, so the client
// is kept on globalThis to avoid opening a new pool (and exhausting connections) each time.
const globalForDb = globalThis as unknown as { __hoTichDb?: PrismaClient };

/** The app's Prisma client. Only lib/<domain>/ and lib/audit/ import this. */
export function db(): PrismaClient {
  globalForDb.__hoTichDb ??= createPrismaClient(env().databaseUrl, {
    max: env().database.poolSize,
    statementTimeoutMs: env().database.statementTimeoutMs,
    idleTimeoutMs: env().database.idleTimeoutMs,
  });
  return globalForDb.__hoTichDb;
}
