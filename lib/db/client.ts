import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type { PrismaClient };
export type Db = PrismaClient;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * A Prisma client over node-postgres. The only constructor of clients: the app's singleton
 * (lib/db.ts), command-line scripts and tests all come through here, so every process speaks to
 * PostgreSQL and to the embedded PGlite server the same way.
 */
export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.max ?? 10,
    // Without this the pool's idle timer keeps a finished script alive for ~10 s.
    allowExitOnIdle: true,
  });
  return new PrismaClient({ adapter });
}
