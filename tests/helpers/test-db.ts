/**
 * A private, migrated database for one integration test file.
 *
 * - TEST_DATABASE_URL set (a PostgreSQL server, e.g. postgresql://postgres@127.0.0.1:5544/postgres):
 *   a fresh, uniquely named database on that server, dropped again by cleanup().
 * - Otherwise: an in-memory PGlite served on a free loopback port (~1–2 s to start).
 *
 * Either way the same migrations are applied with the same engine, and unaccent and pg_trgm are
 * installed, as the embedded server does at start, so tests see one schema on both.
 */
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { deployMigrations, type MigrateOptions } from "@/lib/db/migrate";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";
import { withClient } from "@/lib/db/with-client";

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** Disconnects Prisma and drops the database (PostgreSQL) or stops the server (PGlite). */
  cleanup(): Promise<void>;
}

export interface TestDatabaseOptions extends MigrateOptions {
  /** Apply the migrations (default true); false gives an empty database, for migration tests. */
  migrate?: boolean;
}

/** Creates a uniquely named database on the server of `serverUrl` and returns its URL. */
async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `test_${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    await withClient(url.toString(), (client) =>
      client.query("CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;"),
    );
  } catch (error) {
    await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}"`));
    throw new Error(
      `Cannot install unaccent/pg_trgm on ${url.host}: install PostgreSQL's contrib extensions ` +
        `(Debian: postgresql-contrib). ${(error as Error).message}`,
    );
  }
  return {
    url: url.toString(),
    // FORCE ends sessions a failed test may have leaked (PostgreSQL 13+).
    drop: () => withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => {}),
  };
}

/** Starts (or creates) a test database, migrated unless `migrate: false`. */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  const target = serverUrl
    ? await createServerDatabase(serverUrl)
    : await startEmbeddedDatabase({ port: 0 }).then((db) => ({ url: db.url, drop: db.stop }));
  try {
    if (options.migrate !== false) await deployMigrations(target.url, options);
  } catch (error) {
    await target.drop();
    throw error;
  }
  const prisma = createPrismaClient(target.url, { max: 5 });
  let done: Promise<void> | undefined;
  return {
    url: target.url,
    prisma,
    cleanup: () =>
      (done ??= (async () => {
        try {
          await prisma.$disconnect();
        } finally {
          await target.drop();
        }
      })()),
  };
}
