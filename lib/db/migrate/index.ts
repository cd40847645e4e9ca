/**
 * Offline migrations: deploy, create and status with Prisma's Wasm schema engine. The migration
 * history (prisma/migrations) and the `_prisma_migrations` table are the same as the native
 * `prisma migrate` would write, so either tool can take over from the other.
 */
import { readFileSync } from "node:fs";
import type pg from "pg";
import { startEmbeddedDatabase } from "../pglite-server";
import { engineError, openEngine } from "./engine";
import * as files from "./files";
import type { MigrateOptions } from "./files";

export type { MigrateOptions };
export { engineError };

const NO_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * The engine answers P1014 ("table does not exist") instead of creating its history table, so we
 * create it, with the native engine's exact columns so the native CLI reads the same history.
 */
const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Runs one engine call, closing the session and normalising errors either way. */
async function withEngine<T>(
  url: string,
  schema: [string, string] | undefined,
  work: (session: Awaited<ReturnType<typeof openEngine>>) => Promise<T>,
): Promise<T> {
  const session = await openEngine(url, schema);
  try {
    return await work(session);
  } catch (error) {
    throw engineError(error);
  } finally {
    await session.close();
  }
}

/** Applies every migration of the folder not yet applied to `url`; returns the names applied now. */
export async function deployMigrations(url: string, options: MigrateOptions = {}): Promise<string[]> {
  const migrationsList = files.readMigrationsList(files.resolvePaths(options).migrationsDir);
  return withEngine(url, undefined, async ({ engine, pool }) => {
    await pool.query(CREATE_MIGRATIONS_TABLE);
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
    return output.appliedMigrationNames;
  });
}

/** Result of createMigration: the new folder, or null when the schema matches the history. */
export interface CreatedMigration {
  folder: string | null;
  path?: string;
  sql?: string;
}

/**
 * Writes the next migration: the SQL that takes a database migrated with the whole history to the
 * state the schema file describes. The history is replayed into a throwaway in-memory PGlite, so
 * no running server is needed and no real database is touched. No-op when nothing changed.
 */
export async function createMigration(name: string, options: MigrateOptions = {}): Promise<CreatedMigration> {
  const { migrationsDir, schemaPath } = files.resolvePaths(options);
  const folder = files.migrationFolderName(name); // validate the name before any slow work
  const schemaFiles = [{ path: schemaPath, content: readFileSync(schemaPath, "utf8") }];
  const scratch = await startEmbeddedDatabase({ port: 0 });
  try {
    await deployMigrations(scratch.url, options);
    const diff = await withEngine(scratch.url, [schemaPath, schemaFiles[0]!.content], ({ engine }) =>
      engine.diff({
        from: { tag: "schemaDatasource", files: schemaFiles, configDir: process.cwd() },
        to: { tag: "schemaDatamodel", files: schemaFiles },
        script: true,
        exitCode: true, // 2 when the schemas differ, 0 when they match
        filters: NO_FILTERS,
      }),
    );
    if (diff.exitCode !== 2 || !diff.stdout?.trim()) return { folder: null };
    files.ensureLockfile(migrationsDir);
    return { folder, path: files.writeMigration(migrationsDir, folder, diff.stdout), sql: diff.stdout };
  } finally {
    await scratch.stop();
  }
}

/** Where a database stands relative to the migrations folder. */
export interface MigrationStatus {
  /** Migrations on disk, oldest first. */
  local: string[];
  /** Finished, not rolled back, per the database's `_prisma_migrations`. */
  applied: string[];
  /** On disk, not applied. */
  pending: string[];
  failed: string[];
  /** Applied, but their file changed since (checksum mismatch). */
  edited: string[];
  /** Applied, but missing from the folder (another branch, or a deleted file). */
  unknown: string[];
  upToDate: boolean;
}

async function appliedNames(pool: pg.Pool): Promise<string[]> {
  const exists = await pool.query<{ t: string | null }>(`SELECT to_regclass('"_prisma_migrations"')::text AS t`);
  if (!exists.rows[0]?.t) return [];
  const rows = await pool.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations"
     WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY started_at, migration_name`,
  );
  return [...new Set(rows.rows.map((row) => row.migration_name))];
}

/** Compares `url` with the migrations folder without changing either. */
export async function migrationStatus(url: string, options: MigrateOptions = {}): Promise<MigrationStatus> {
  const migrationsList = files.readMigrationsList(files.resolvePaths(options).migrationsDir);
  const local = files.migrationNames(migrationsList);
  return withEngine(url, undefined, async ({ engine, pool }) => {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    const applied = await appliedNames(pool);
    const history = diagnosis.history;
    const pending = history && "unappliedMigrationNames" in history ? history.unappliedMigrationNames : [];
    const unknown = history && "unpersistedMigrationNames" in history ? history.unpersistedMigrationNames : [];
    const { failedMigrationNames: failed, editedMigrationNames: edited } = diagnosis;
    const upToDate = !history && failed.length === 0 && edited.length === 0 && applied.length === local.length;
    return { local, applied, pending, failed, edited, unknown, upToDate };
  });
}
