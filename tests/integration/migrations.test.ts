// The offline migration engine (lib/db/migrate) and the embedded server's safety rules
// (lib/db/pglite-server). Runs on in-memory PGlite, or on PostgreSQL when TEST_DATABASE_URL is set.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMigration, deployMigrations, migrationStatus } from "@/lib/db/migrate";
import { DEFAULT_MIGRATIONS_DIR, DEFAULT_SCHEMA_PATH } from "@/lib/db/migrate/files";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";
import { createTestDatabase, type TestDatabase } from "@/tests/helpers/test-db";

const localMigrations = readdirSync(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

describe("migrations", () => {
  let db: TestDatabase;
  // A copy of the history, so that creating migrations never writes into prisma/migrations.
  const work = tempDir("migrations");
  const migrationsDir = join(work, "migrations");

  beforeAll(async () => {
    cpSync(DEFAULT_MIGRATIONS_DIR, migrationsDir, { recursive: true });
    db = await createTestDatabase({ migrate: false });
  });
  afterAll(async () => {
    await db?.cleanup();
    rmSync(work, { recursive: true, force: true });
  });

  it("applies the whole history, starting with init, to an empty database", async () => {
    expect(localMigrations[0]).toMatch(/^\d{14}_init$/);
    expect(await deployMigrations(db.url)).toEqual(localMigrations);
  });

  it("does nothing on a second deploy", async () => {
    expect(await deployMigrations(db.url)).toEqual([]);
  });

  it("reports the database as up to date", async () => {
    const status = await migrationStatus(db.url);
    expect(status).toMatchObject({ upToDate: true, pending: [], failed: [], edited: [], unknown: [] });
    expect(status.applied).toEqual(localMigrations);
  });

  it("creates the tables of the schema", async () => {
    const rows = await db.prisma.$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`;
    const tables = rows.map((row) => row.table_name);
    expect(tables).toEqual(expect.arrayContaining(["users", "units", "agencies", "_prisma_migrations"]));
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("creates nothing when the schema matches the history", async () => {
    const result = await createMigration("nothing_changed", { migrationsDir });
    expect(result.folder).toBeNull();
    expect(readdirSync(migrationsDir).filter((name) => name.includes("nothing_changed"))).toEqual([]);
  });

  it("writes only the difference for a changed schema, then reports it pending until deployed", async () => {
    const schemaPath = join(work, "schema.prisma");
    const model = "\nmodel Probe {\n  id   String @id\n  note String?\n\n  @@map(\"probes\")\n}\n";
    writeFileSync(schemaPath, readFileSync(DEFAULT_SCHEMA_PATH, "utf8") + model);

    const created = await createMigration("Add probes", { migrationsDir, schemaPath });
    expect(created.folder).toMatch(/^\d{14}_add_probes$/);
    expect(created.sql).toContain('CREATE TABLE "probes"');
    expect(created.sql).not.toContain('"users"');
    expect(existsSync(join(migrationsDir, created.folder!, "migration.sql"))).toBe(true);

    const before = await migrationStatus(db.url, { migrationsDir });
    expect(before).toMatchObject({ upToDate: false, pending: [created.folder] });

    expect(await deployMigrations(db.url, { migrationsDir })).toEqual([created.folder]);
    expect(await migrationStatus(db.url, { migrationsDir })).toMatchObject({ upToDate: true, pending: [] });
    expect((await createMigration("again", { migrationsDir, schemaPath })).folder).toBeNull();
  });
});

describe("embedded server", () => {
  const dataDir = tempDir("pglite");
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("refuses to start on a port that is already taken", async () => {
    const first = await startEmbeddedDatabase({ port: 0 });
    try {
      await expect(startEmbeddedDatabase({ port: first.port })).rejects.toThrow(/already in use/);
    } finally {
      await first.stop();
    }
  });

  it("refuses a second opening of the same data folder, in this process and in another", async () => {
    const first = await startEmbeddedDatabase({ dataDir });
    try {
      await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/already open by process/);
      const child = spawnSync(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", `await import("./lib/db/pglite-server.ts").then((m) => m.startEmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)} }))`],
        { encoding: "utf8", timeout: 60_000 },
      );
      expect(child.status).not.toBe(0);
      expect(child.stderr).toMatch(/already open by process/);
    } finally {
      await first.stop();
    }
    // Stopping releases the lock: the folder opens again, with its data.
    const again = await startEmbeddedDatabase({ dataDir });
    await again.stop();
  });

  it("takes over a lock left by a process that died", async () => {
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!; // has exited by now
    writeFileSync(join(dataDir, "embedded-server.pid"), String(dead));
    const db = await startEmbeddedDatabase({ dataDir });
    expect(readFileSync(join(dataDir, "embedded-server.pid"), "utf8")).toBe(String(process.pid));
    await db.stop();
    expect(existsSync(join(dataDir, "embedded-server.pid"))).toBe(false);
  });
});
