import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Db } from "@/lib/db/client";
import { db as appDb } from "@/lib/db/app-db";
import { isShuttingDown } from "@/lib/health/shutdown";

export type Readiness = { status: "ok" } | { status: "down"; reason: string };

/**
 * The server's migrations folder: prisma/migrations under the working directory (`next start` and
 * the standalone server.js both run from the app's root; the image must ship the folder).
 */
const SERVER_MIGRATIONS_DIR = join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

const listings = new Map<string, string[]>();

/** The folder's migration names, read once per process: the folder never changes under a running server. */
function expectedMigrations(dir: string): string[] {
  let names = listings.get(dir);
  if (!names) {
    // The folders holding a migration.sql, as the migration engine reads them (lib/db/migrate/files.ts,
    // which the server bundle cannot import: it locates the project from its own module URL).
    names = existsSync(/*turbopackIgnore: true*/ dir)
      ? readdirSync(/*turbopackIgnore: true*/ dir, { withFileTypes: true })
          .filter((e) => e.isDirectory() && existsSync(/*turbopackIgnore: true*/ join(dir, e.name, "migration.sql")))
          .map((e) => e.name)
          .sort()
      : [];
    listings.set(dir, names);
  }
  return names;
}

/**
 * Readiness for a load balancer or an orchestrator (GET /api/health/ready): "ok" only while this
 * instance is not shutting down, the database answers, and every migration of the folder is applied
 * (finished, not rolled back, in `_prisma_migrations`); otherwise "down" with the reason. A national
 * system down leaves the instance ready: lookups fail, the rest works.
 */
export async function checkReady(deps: { db?: Db; migrationsDir?: string } = {}): Promise<Readiness> {
  const db = deps.db ?? appDb();
  if (isShuttingDown()) return { status: "down", reason: "shutting down" };
  try {
    await db.$queryRaw`SELECT 1`;
  } catch {
    return { status: "down", reason: "database unreachable" };
  }
  let expected: string[];
  try {
    expected = expectedMigrations(deps.migrationsDir ?? SERVER_MIGRATIONS_DIR);
  } catch {
    return { status: "down", reason: "migrations folder unreadable" };
  }
  if (expected.length === 0) return { status: "down", reason: "migrations folder empty or missing" };
  let applied: Set<string>;
  try {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`
      SELECT "migration_name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`;
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    return { status: "down", reason: "migrations not applied: no migration history" };
  }
  const missing = expected.filter((name) => !applied.has(name));
  return missing.length === 0 ? { status: "ok" } : { status: "down", reason: `migrations not applied: ${missing.join(", ")}` };
}
