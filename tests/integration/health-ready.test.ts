import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createPrismaClient } from "@/lib/db/client";
import { claimLease, startLeasedJob, stopLeasedJobs } from "@/lib/db/lease";
import { DEFAULT_MIGRATIONS_DIR, migrationNames, readMigrationsList } from "@/lib/db/migrate/files";
import { checkReady } from "@/lib/health/ready";
import { beginShutdown, isShuttingDown, resetShutdownForTests, shutDown } from "@/lib/health/shutdown";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.cleanup();
});
afterEach(() => resetShutdownForTests());

const until = async (check: () => Promise<boolean> | boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe("readiness (/api/health/ready)", () => {
  it("is ok when the database answers and every migration of prisma/migrations is applied", async () => {
    expect(await checkReady({ db: t.prisma })).toEqual({ status: "ok" });
  });

  it("is down, naming the migration, when the database misses one", async () => {
    const last = migrationNames(readMigrationsList(DEFAULT_MIGRATIONS_DIR)).at(-1)!;
    const [row] = await t.prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "_prisma_migrations" WHERE "migration_name" = ${last}`;
    await t.prisma.$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "id" = ${row!.id}`;
    try {
      expect(await checkReady({ db: t.prisma })).toEqual({ status: "down", reason: `migrations not applied: ${last}` });
    } finally {
      await t.prisma.$executeRaw`UPDATE "_prisma_migrations" SET "finished_at" = now() WHERE "id" = ${row!.id}`;
    }
    expect((await checkReady({ db: t.prisma })).status).toBe("ok");
  });

  it("is down when the folder holds a migration the database never saw", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ready-migrations-"));
    for (const name of [...migrationNames(readMigrationsList(DEFAULT_MIGRATIONS_DIR)), "29991231000000_future"]) {
      mkdirSync(join(dir, name));
      writeFileSync(join(dir, name, "migration.sql"), "SELECT 1;");
    }
    expect(await checkReady({ db: t.prisma, migrationsDir: dir })).toEqual({ status: "down", reason: "migrations not applied: 29991231000000_future" });
  });

  it("is down when the database does not answer", async () => {
    const gone = createPrismaClient("postgresql://nobody@127.0.0.1:1/none", { max: 1 });
    try {
      expect(await checkReady({ db: gone })).toEqual({ status: "down", reason: "database unreachable" });
    } finally {
      await gone.$disconnect();
    }
  });

  it("is down as soon as shutdown begins, before anything else is checked", async () => {
    expect(isShuttingDown()).toBe(false);
    beginShutdown();
    expect(isShuttingDown()).toBe(true);
    expect(await checkReady({ db: t.prisma })).toEqual({ status: "down", reason: "shutting down" });
  });
});

describe("graceful shutdown", () => {
  it("stops the leased jobs and releases the leases this instance holds, and only those", async () => {
    let runs = 0;
    startLeasedJob({ name: "test-shutdown-job", tickSeconds: 1, startAfterMs: 0, db: () => t.prisma, run: async () => void runs++, onError: (e) => { throw e; } });
    await until(() => runs > 0);
    await claimLease(t.prisma, "someone-else", new Date(), 60, "another-instance");
    expect(await t.prisma.probeLease.count({ where: { name: "test-shutdown-job" } })).toBe(1);

    const released = await shutDown("SIGTERM");
    expect(released).toBe(1);
    expect(isShuttingDown()).toBe(true);
    expect(await t.prisma.probeLease.findMany({ select: { name: true } })).toEqual([{ name: "someone-else" }]);
    // No tick after the stop.
    const after = runs;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(runs).toBe(after);
    // A second signal is a no-op.
    expect(await stopLeasedJobs()).toBe(0);
  });
});
