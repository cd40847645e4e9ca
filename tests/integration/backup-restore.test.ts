import { describe, it, expect, beforeAll, afterAll } from "vitest";
// One chain, as a deployment with ACCESS_LOG_CHAINS=1 has, rows numbered 1, 2, 3… (several: access-log-chains.test.ts).
process.env.ACCESS_LOG_CHAINS = "1";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { writeAccessLog, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { generateAuditKeyPair, loadSigningKeys } from "@/lib/audit/keys";
import { fileSink, readExportFile } from "@/lib/audit/checkpoint-export";
import { signCheckpointIfDue } from "@/lib/audit/sign-checkpoint";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { backupPostgres, countUserTables, restorePostgres } from "@/lib/db/backup";

// pg_dump and pg_restore need a real PostgreSQL server (CI: PostgreSQL 15 with its client tools).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());

const keys = loadSigningKeys({ signingKey: generateAuditKeyPair().privateKey, nodeEnv: "production" });
const entry = (i: number): AccessLogEntry => ({
  actorLabel: `officer-${i}`, unitCode: "23575", system: "CIVIL_REGISTRY", operation: "SEARCH",
  query: { by: "personalId", personalId: "064198004512" }, resultIds: [], outcome: "NOT_FOUND",
});

describe.skipIf(!onPostgres)("backup and restore (PostgreSQL: TEST_DATABASE_URL)", () => {
  const dir = mkdtempSync(join(tmpdir(), "backup-restore-"));
  const dump = join(dir, "ho-tich.dump");
  const exportPath = join(dir, "checkpoints.jsonl");
  let source: TestDatabase;
  let restored: TestDatabase;
  const verify = async (t: TestDatabase) => {
    const read = await readExportFile(exportPath);
    if (!("checkpoints" in read)) throw new Error(read.problem);
    return verifyAccessLogChain(t.prisma, { publicKey: keys.publicKey, exported: read.checkpoints });
  };

  beforeAll(async () => {
    source = await createTestDatabase();
    await runSeed(source.prisma, { demo: true });
    const at = new Date("2026-12-01T02:00:00.000Z");
    for (let i = 0; i < 10; i++) await source.prisma.$transaction((tx) => writeAccessLog(tx, entry(i), at));
    // Rows 1–10 signed; 11–14 are protected by the chain only, as the newest rows usually are.
    expect(await signCheckpointIfDue(source.prisma, { keys, sink: fileSink(exportPath), policy: { rows: 10, minutes: 60 }, now: at })).not.toBeNull();
    for (let i = 10; i < 14; i++) await source.prisma.$transaction((tx) => writeAccessLog(tx, entry(i), at));
    restored = await createTestDatabase({ migrate: false }); // empty, with the extensions the server has
  }, 120_000);
  afterAll(async () => {
    await restored?.cleanup();
    await source?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("backs up with pg_dump, custom format", async () => {
    expect(await verify(source)).toMatchObject({ ok: true, rows: 14, checkpoints: 1, signedRows: 10 });
    await backupPostgres(source.url, dump, process.env);
    expect(existsSync(dump) && statSync(dump).size).toBeGreaterThan(10_000);
  }, 60_000);

  it("restores into the empty database, and the access log verifies there with the same rows", async () => {
    expect(await countUserTables(restored.url)).toBe(0);
    await restorePostgres(restored.url, dump, { env: process.env });
    expect(await countUserTables(restored.url)).toBe(await countUserTables(source.url));
    expect(await verify(restored)).toMatchObject({ ok: true, rows: 14, checkpoints: 1, signedRows: 10 });
    expect(await restored.prisma.user.count()).toBe(await source.prisma.user.count());
    // The append-only triggers came back with the table.
    await expect(restored.prisma.$executeRawUnsafe(`UPDATE "access_log" SET "actorLabel" = 'x' WHERE "seq" = 1`)).rejects.toThrow(/append-only/);
    // So did hotich_app's grants: insert, but no update, on the access log.
    const grants = await restored.prisma.$queryRawUnsafe<{ privilege_type: string }[]>(
      `SELECT privilege_type FROM information_schema.role_table_grants WHERE grantee = 'hotich_app' AND table_name = 'access_log' ORDER BY 1`,
    );
    expect(grants.map((g) => g.privilege_type)).toEqual(["INSERT", "SELECT"]);
  }, 60_000);

  it("refuses a database that is not empty", async () => {
    await expect(restorePostgres(restored.url, dump, { env: process.env })).rejects.toThrow(/not empty/);
  });

  it("a row tampered in the restored copy fails verification", async () => {
    await restored.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" DISABLE TRIGGER USER`);
    try {
      await restored.prisma.$executeRawUnsafe(`UPDATE "access_log" SET "actorLabel" = 'someone-else' WHERE "seq" = 4`);
    } finally {
      await restored.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" ENABLE TRIGGER USER`);
    }
    expect(await verify(restored)).toMatchObject({ ok: false, seq: 4n });
    expect(await verify(source)).toMatchObject({ ok: true, rows: 14 }); // the original is untouched
  });
});
