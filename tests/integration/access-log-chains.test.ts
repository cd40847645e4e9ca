import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { chainFor, hashRow, GENESIS_HASH } from "@/lib/audit/chain";
import { signCheckpoint } from "@/lib/audit/checkpoint";
import { fileSink, readExportFile } from "@/lib/audit/checkpoint-export";
import { generateAuditKeyPair, loadSigningKeys } from "@/lib/audit/keys";
import { signCheckpointIfDue } from "@/lib/audit/sign-checkpoint";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { writeAccessLog, writeAccessLogs, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { deployMigrations } from "@/lib/db/migrate";
import { DEFAULT_MIGRATIONS_DIR } from "@/lib/db/migrate/files";
import { ensureMonthPartitions } from "@/lib/db/partitions";

// Issue 16: the access log is ACCESS_LOG_CHAINS chains (8 by default), each with its own head, so
// that lookups of different units do not wait on one row lock; access_log and lookups are
// partitioned by month.

const CHAINS = 8;
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());
const keys = loadSigningKeys({ signingKey: generateAuditKeyPair().privateKey, nodeEnv: "production" });
const dir = mkdtempSync(join(tmpdir(), "audit-chains-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entry = (unitId: string, i = 0): AccessLogEntry => ({
  actorLabel: `officer-${i}`, unitId, unitCode: unitId.slice(-5), system: "CIVIL_REGISTRY", operation: "SEARCH",
  query: { by: "personalId", personalId: "064198004512", i }, resultIds: [], outcome: "NOT_FOUND",
});
/** Unit ids, the first `n` of which fall in pairwise different chains. */
function unitsInDistinctChains(n: number): string[] {
  const byChain = new Map<number, string>();
  for (let i = 0; byChain.size < n; i++) {
    const id = `unit-${i}`;
    if (!byChain.has(chainFor({ unitId: id, actorLabel: "" }, CHAINS))) byChain.set(chainFor({ unitId: id, actorLabel: "" }, CHAINS), id);
  }
  return [...byChain.values()];
}
/** Another unit in the same chain as `unitId`. */
function sameChainAs(unitId: string): string {
  const chain = chainFor({ unitId, actorLabel: "" }, CHAINS);
  for (let i = 0; ; i++) if (`other-${i}` !== unitId && chainFor({ unitId: `other-${i}`, actorLabel: "" }, CHAINS) === chain) return `other-${i}`;
}

describe("chainFor", () => {
  it("is stable, spreads units over the chains, and puts everything in chain 0 when there is one", () => {
    expect(chainFor({ unitId: "u-1", actorLabel: "x" }, CHAINS)).toBe(chainFor({ unitId: "u-1", actorLabel: "y" }, CHAINS));
    const used = new Set(Array.from({ length: 200 }, (_, i) => chainFor({ unitId: `u-${i}`, actorLabel: "" }, CHAINS)));
    expect(used.size).toBe(CHAINS);
    expect(chainFor({ unitId: "u-1", actorLabel: "" }, 1)).toBe(0);
    // Without a unit, the API client, the user, then the actor decide.
    expect(chainFor({ apiClientId: "k", userId: "u", actorLabel: "a" }, CHAINS)).toBe(chainFor({ unitId: "k", actorLabel: "" }, CHAINS));
  });

  it("hashes the chain number into every chain's rows but chain 0's, whose rows hash as before chains existed", () => {
    const row = { seq: 1n, at: new Date("2026-12-01T00:00:00Z"), userId: null, apiClientId: null, actorLabel: "a", unitId: null, unitCode: null, system: "S", operation: "O",
      purposeKind: null, purposeRef: null, legalBasis: null, lookupId: null, query: {}, resultIds: [], resultCount: 0, outcome: "FOUND", errorKind: null, ip: null, prevHash: GENESIS_HASH };
    expect(hashRow({ ...row, chain: 0 })).toBe(hashRow(row));
    expect(hashRow({ ...row, chain: 3 })).not.toBe(hashRow(row));
  });
});

describe("an access log of several chains", () => {
  let t: TestDatabase;
  const units = unitsInDistinctChains(4);
  const exportPath = join(dir, "chains.jsonl");
  const sign = (rows = 1) => signCheckpointIfDue(t.prisma, { keys, sink: fileSink(exportPath), policy: { rows, minutes: 60 } });
  const verify = async () => {
    const read = await readExportFile(exportPath);
    return verifyAccessLogChain(t.prisma, { publicKey: keys.publicKey, exported: "checkpoints" in read ? read.checkpoints : null });
  };
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.cleanup());

  it("numbers each chain from 1, in parallel, and verifies them all", async () => {
    await Promise.all(Array.from({ length: 24 }, (_, i) => t.prisma.$transaction((tx) => writeAccessLog(tx, entry(units[i % 4]!, i)))));
    const rows = await t.prisma.accessLog.findMany({ orderBy: [{ chain: "asc" }, { seq: "asc" }], select: { chain: true, seq: true, unitId: true } });
    for (const unit of units) {
      const own = rows.filter((r) => r.unitId === unit);
      expect(new Set(own.map((r) => r.chain))).toEqual(new Set([chainFor({ unitId: unit, actorLabel: "" }, CHAINS)]));
      expect(own.map((r) => Number(r.seq))).toEqual([1, 2, 3, 4, 5, 6]);
    }
    expect(await verify()).toEqual({ ok: true, rows: 24, chains: 4, checkpoints: 0, signedRows: 0 });
  });

  it("signs one checkpoint over every chain's head, and the next repeats a chain with no new row", async () => {
    const first = await sign();
    expect(first!.heads.map((h) => [h.chain, h.fromSeq, h.seq])).toEqual(units.map((u) => [chainFor({ unitId: u, actorLabel: "" }, CHAINS), "1", "6"]).sort((a, b) => Number(a[0]) - Number(b[0])));
    await t.prisma.$transaction((tx) => writeAccessLog(tx, entry(units[0]!, 100)));
    const second = await sign();
    const moved = chainFor({ unitId: units[0]!, actorLabel: "" }, CHAINS);
    for (const h of second!.heads) {
      const before = first!.heads.find((x) => x.chain === h.chain)!;
      if (h.chain === moved) expect([h.fromSeq, h.seq]).toEqual(["7", "7"]);
      else expect(h).toMatchObject({ fromSeq: "7", seq: "6", hash: before.hash, digests: "" });
    }
    expect(await verify()).toMatchObject({ ok: true, rows: 25, chains: 4, checkpoints: 2, signedRows: 25 });
  });

  it("writes a transaction's rows in the order of their chains, so two such transactions never deadlock", async () => {
    const [a, b] = [units[0]!, units[1]!];
    await Promise.all(Array.from({ length: 10 }, (_, i) => t.prisma.$transaction((tx) => writeAccessLogs(tx, i % 2 ? [entry(a, i), entry(b, i)] : [entry(b, i), entry(a, i)]))));
    expect(await verify()).toMatchObject({ ok: true, rows: 45 });
  });

  it("names the chain of an altered row, a row moved to another chain, and a rewritten signed row", async () => {
    const target = chainFor({ unitId: units[2]!, actorLabel: "" }, CHAINS);
    const other = chainFor({ unitId: units[3]!, actorLabel: "" }, CHAINS);
    const original = await t.prisma.accessLog.findFirstOrThrow({ where: { chain: target, seq: 3n } });
    await tamper(t, `UPDATE "access_log" SET "actorLabel" = 'ai-do' WHERE "chain" = ${target} AND "seq" = 3`);
    expect(await verify()).toMatchObject({ ok: false, chain: target, seq: 3n, problem: `row 3 of chain ${target} was altered` });
    // Rehashed from there on, as someone who knows hashRow would: the signed checkpoint still tells.
    await tamper(t, `UPDATE "access_log" SET "hash" = 'f' || substr("hash", 2) WHERE "chain" = ${target} AND "seq" = 3`);
    const rehashed = await t.prisma.accessLog.findFirstOrThrow({ where: { chain: target, seq: 3n } });
    const { hash: _h, ...fields } = rehashed;
    await tamper(t, `UPDATE "access_log" SET "hash" = '${hashRow(fields)}' WHERE "chain" = ${target} AND "seq" = 3`);
    expect(await verify()).toMatchObject({ ok: false, chain: target, seq: 3n, problem: `row 3 of chain ${target} differs from signed checkpoint 1: it was rewritten after being signed` });
    await tamper(t, `UPDATE "access_log" SET "actorLabel" = '${original.actorLabel}', "hash" = '${original.hash}' WHERE "chain" = ${target} AND "seq" = 3`);
    expect(await verify()).toMatchObject({ ok: true });
    // Moving the last row of a chain to another chain breaks both.
    await tamper(t, `UPDATE "access_log" SET "chain" = ${other}, "seq" = 99 WHERE "chain" = ${target} AND "seq" = 6`);
    expect(await verify()).toMatchObject({ ok: false, chain: Math.min(target, other) });
  });
});

/** What someone holding the tables' owner can do: switch the append-only trigger off for one statement. */
async function tamper(t: TestDatabase, sql: string) {
  await t.prisma.$transaction([
    t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" DISABLE TRIGGER access_log_no_update`),
    t.prisma.$executeRawUnsafe(sql),
    t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" ENABLE TRIGGER access_log_no_update`),
  ]);
}

describe("the migration to chains and month partitions", () => {
  it("keeps the existing chain and its signed checkpoint intact, as chain 0, and goes on from its head", async () => {
    const before = join(dir, "migrations-before");
    cpSync(DEFAULT_MIGRATIONS_DIR, before, { recursive: true });
    const last = readdirSync(before).filter((d) => /^\d{14}_access_log_chains_partitions$/.test(d));
    expect(last).toHaveLength(1);
    // The history as the previous version had it: up to the chains migration, none after it (a later
    // one may change the access log, which the chains migration would then rebuild without it).
    for (const d of readdirSync(before)) if (/^\d{14}_/.test(d) && d >= last[0]!) rmSync(join(before, d), { recursive: true });
    const t = await createTestDatabase({ migrate: false });
    try {
      await deployMigrations(t.url, { migrationsDir: before });
      // The log as the previous version wrote it: one chain, head row id 1, rows hashed without a chain.
      let prevHash = GENESIS_HASH;
      const digests: string[] = [];
      const at = new Date("2026-11-30T03:00:00.000Z");
      for (let seq = 1n; seq <= 5n; seq++) {
        const fields = { seq, at, userId: null, apiClientId: null, actorLabel: `officer-${seq}`, unitId: "u-old", unitCode: "23575", system: "CIVIL_REGISTRY", operation: "SEARCH",
          purposeKind: null, purposeRef: null, legalBasis: null, lookupId: null, query: { by: "personalId" }, resultIds: [], resultCount: 0, outcome: "NOT_FOUND", errorKind: null, ip: null, prevHash };
        const hash = hashRow(fields);
        await t.prisma.$executeRawUnsafe(
          `INSERT INTO "access_log" ("seq", "at", "actorLabel", "unitId", "unitCode", "system", "operation", "query", "resultIds", "resultCount", "outcome", "prevHash", "hash")
           VALUES ($1, $2, $3, 'u-old', '23575', 'CIVIL_REGISTRY', 'SEARCH', '{"by":"personalId"}', '{}', 0, 'NOT_FOUND', $4, $5)`, seq, at, fields.actorLabel, prevHash, hash);
        digests.push(hash.slice(0, 16));
        prevHash = hash;
      }
      await t.prisma.$executeRawUnsafe(`UPDATE "access_log_head" SET "seq" = 5, "hash" = $1 WHERE "id" = 1`, prevHash);
      const checkpoint = signCheckpoint({ n: "1", at: at.toISOString(), heads: [{ chain: 0, fromSeq: "1", seq: "5", hash: prevHash, digests: digests.join("") }], prevSignature: null, keyId: keys.keyId, demo: false }, keys.privateKey);
      await t.prisma.$executeRawUnsafe(`INSERT INTO "access_log_checkpoints" ("n", "at", "heads", "prevSignature", "keyId", "demo", "signature") VALUES (1, $1, $2::jsonb, NULL, $3, false, $4)`,
        at, JSON.stringify(checkpoint.heads), keys.keyId, checkpoint.signature);

      await deployMigrations(t.url);
      expect(await verifyAccessLogChain(t.prisma, { publicKey: keys.publicKey })).toEqual({ ok: true, rows: 5, chains: 1, checkpoints: 1, signedRows: 5 });
      expect(await t.prisma.accessLogHead.count()).toBe(64);
      // The old unit's rows go on in chain 0 only where its key says so; chain 0 itself goes on from 5.
      const zeroUnit = Array.from({ length: 100 }, (_, i) => `z-${i}`).find((u) => chainFor({ unitId: u, actorLabel: "" }, CHAINS) === 0)!;
      await t.prisma.$transaction((tx) => writeAccessLog(tx, entry(zeroUnit)));
      await t.prisma.$transaction((tx) => writeAccessLog(tx, entry(sameChainAs(zeroUnit) === zeroUnit ? "x" : "unit-1")));
      expect(await t.prisma.accessLog.findFirst({ where: { unitId: zeroUnit } })).toMatchObject({ chain: 0, seq: 6n, prevHash });
      const exportPath = join(dir, "migrated.jsonl");
      const { appendFileSync } = await import("node:fs");
      appendFileSync(exportPath, `${JSON.stringify(checkpoint)}\n`);
      expect(await signCheckpointIfDue(t.prisma, { keys, sink: fileSink(exportPath), policy: { rows: 1, minutes: 60 } })).toMatchObject({ n: "2" });
      const read = await readExportFile(exportPath);
      expect(await verifyAccessLogChain(t.prisma, { publicKey: keys.publicKey, exported: "checkpoints" in read ? read.checkpoints : null })).toMatchObject({ ok: true, rows: 7, checkpoints: 2, signedRows: 7 });
    } finally {
      await t.cleanup();
    }
  });
});

describe("month partitions", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.cleanup());

  it("hold access_log and lookups rows by month, made ahead by a function the portal may call", async () => {
    const kinds = await t.prisma.$queryRaw<{ relname: string; relkind: string }[]>`SELECT relname, relkind::text FROM pg_class WHERE relname IN ('access_log', 'lookups') ORDER BY 1`;
    expect(kinds).toEqual([{ relname: "access_log", relkind: "p" }, { relname: "lookups", relkind: "p" }]);
    // Twelve months ahead at least, from the migration.
    const ahead = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() + 12, 1));
    const name = (table: string, d: Date) => `${table}_${d.getUTCFullYear()}_${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
    const parts = await t.prisma.$queryRaw<{ relname: string }[]>`SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname IN ('access_log', 'lookups')`;
    expect(parts.map((p) => p.relname)).toEqual(expect.arrayContaining([name("access_log", ahead), name("lookups", ahead), "access_log_2025_01", "lookups_2025_01"]));

    const at = new Date();
    await t.prisma.$transaction((tx) => writeAccessLog(tx, entry("u-part"), at));
    const [row] = await t.prisma.$queryRaw<{ part: string }[]>`SELECT tableoid::regclass::text AS "part" FROM "access_log" WHERE "unitId" = 'u-part'`;
    expect(row!.part).toBe(`"${name("access_log", at)}"`.replace(/"/g, ""));

    const far = new Date("2041-03-15T00:00:00Z");
    await expect(t.prisma.$transaction((tx) => writeAccessLog(tx, entry("u-far"), far))).rejects.toThrow(/no partition/);
    expect(await ensureMonthPartitions(t.prisma, far, far)).toBe(2);
    expect(await ensureMonthPartitions(t.prisma, far, far)).toBe(0);
    await t.prisma.$transaction((tx) => writeAccessLog(tx, entry("u-far"), far));
    expect(await verifyAccessLogChain(t.prisma)).toMatchObject({ ok: true, rows: 2 });
  });

  it("keep the log append-only: a partition can be neither changed nor truncated", async () => {
    const at = new Date();
    const part = `access_log_${at.getUTCFullYear()}_${String(at.getUTCMonth() + 1).padStart(2, "0")}`;
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "${part}" SET "actorLabel" = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "${part}"`)).rejects.toThrow(/append-only/);
    await expect(t.prisma.$executeRawUnsafe(`TRUNCATE "${part}"`)).rejects.toThrow(/append-only/);
    await expect(t.prisma.$executeRawUnsafe(`TRUNCATE "access_log"`)).rejects.toThrow(/append-only/);
  });

  it.skipIf(!onPostgres)("let the application role make partitions but not reach a partition directly (PostgreSQL)", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("SET ROLE hotich_app");
      await client.query(`SELECT hotich_ensure_month_partitions('2042-01-01', '2042-02-01')`);
      await expect(client.query(`SELECT * FROM "access_log_2042_01"`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`UPDATE "access_log" SET "actorLabel" = 'x'`)).rejects.toThrow(/permission denied/);
      await client.query(`SELECT count(*) FROM "access_log"`);
    } finally {
      await client.end();
    }
  });
});

describe.skipIf(!onPostgres)("lock waits (PostgreSQL: TEST_DATABASE_URL)", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(async () => t?.cleanup());

  it("an append holding its chain's head does not hold up another chain's, only its own", async () => {
    const [a, b] = unitsInDistinctChains(2) as [string, string];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = t.prisma.$transaction(async (tx) => {
      await writeAccessLog(tx, entry(a, 1));
      locked();
      await held;
    }, { timeout: 20_000 });
    await isLocked;
    // Another chain: done while the first transaction is still open.
    await t.prisma.$transaction((tx) => writeAccessLog(tx, entry(b, 2)), { timeout: 5_000 });
    // The same chain: waits for it.
    let sameDone = false;
    const same = t.prisma.$transaction((tx) => writeAccessLog(tx, entry(sameChainAs(a), 3)), { timeout: 20_000 }).then(() => (sameDone = true));
    await new Promise((r) => setTimeout(r, 500));
    expect(sameDone).toBe(false);
    release();
    await holder;
    await same;
    expect(await verifyAccessLogChain(t.prisma)).toMatchObject({ ok: true, rows: 3, chains: 2 });
  });
});
