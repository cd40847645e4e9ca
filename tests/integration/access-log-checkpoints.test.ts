import { describe, it, expect, beforeAll, afterAll } from "vitest";
// One chain, as a deployment with ACCESS_LOG_CHAINS=1 has, rows numbered 1, 2, 3… (several: access-log-chains.test.ts).
process.env.ACCESS_LOG_CHAINS = "1";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { writeAccessLog, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { generateAuditKeyPair, loadSigningKeys } from "@/lib/audit/keys";
import { fileSink, readExportFile, type CheckpointSink } from "@/lib/audit/checkpoint-export";
import { signCheckpoint } from "@/lib/audit/checkpoint";
import { signCheckpointIfDue, type CheckpointPolicy } from "@/lib/audit/sign-checkpoint";
import { claimCheckpointLease } from "@/lib/audit/checkpoint-scheduler";

const keys = loadSigningKeys({ signingKey: generateAuditKeyPair().privateKey, nodeEnv: "production" });
const otherKeys = loadSigningKeys({ signingKey: generateAuditKeyPair().privateKey, nodeEnv: "production" });
const dir = mkdtempSync(join(tmpdir(), "audit-checkpoints-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const T0 = new Date("2026-12-01T02:00:00.000Z");
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
const entry = (i: number): AccessLogEntry => ({
  actorLabel: `officer-${i}`, unitCode: "23575", system: "CIVIL_REGISTRY", operation: "SEARCH",
  query: { by: "personalId", personalId: "064198004512" }, resultIds: [], outcome: "NOT_FOUND",
});

/** A database with its own export file and a `sign` at a given time. */
async function setup(name: string, policy: CheckpointPolicy = { rows: 5, minutes: 10 }) {
  const t = await createTestDatabase();
  const exportPath = join(dir, `${name}.jsonl`);
  let written = 0;
  return {
    t,
    exportPath,
    write: async (n: number, at: Date) => {
      for (let i = 0; i < n; i++) await t.prisma.$transaction((tx) => writeAccessLog(tx, entry(written++), at));
    },
    sign: (now: Date, sink: CheckpointSink = fileSink(exportPath)) => signCheckpointIfDue(t.prisma, { keys, sink, policy, now }),
    verify: async (publicKey = keys.publicKey) => {
      const read = await readExportFile(exportPath);
      if (!("checkpoints" in read)) throw new Error(read.problem);
      return verifyAccessLogChain(t.prisma, { publicKey, exported: read.checkpoints });
    },
  };
}

/** Runs SQL on the checkpoints table with its append-only triggers off, as a superuser could. */
async function tamperCheckpoints(t: TestDatabase, sql: string) {
  await t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log_checkpoints" DISABLE TRIGGER USER`);
  try {
    await t.prisma.$executeRawUnsafe(sql);
  } finally {
    await t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log_checkpoints" ENABLE TRIGGER USER`);
  }
}

describe("checkpoint interval and export", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup("interval");
  });
  afterAll(async () => s?.t.cleanup());

  it("signs once `rows` rows are unsigned, not before", async () => {
    expect(await s.sign(T0)).toBeNull(); // an empty log
    await s.write(4, T0);
    expect(await s.sign(minutes(1))).toBeNull();
    await s.write(1, T0);
    const c = await s.sign(minutes(1));
    expect(c).toMatchObject({ n: "1", prevSignature: null, keyId: keys.keyId, demo: false, heads: [{ chain: 0, fromSeq: "1", seq: "5" }] });
    expect(c!.heads[0]!.digests).toHaveLength(5 * 16);
    expect(await s.sign(minutes(100))).toBeNull(); // nothing new to sign
  });

  it("signs fewer rows once the oldest unsigned row is `minutes` old", async () => {
    await s.write(2, minutes(20));
    expect(await s.sign(minutes(29))).toBeNull();
    const c = await s.sign(minutes(30));
    expect(c).toMatchObject({ n: "2", heads: [{ fromSeq: "6", seq: "7" }] });
    const first = (await s.t.prisma.accessLogCheckpoint.findUniqueOrThrow({ where: { n: 1n } })).signature;
    expect(c!.prevSignature).toBe(first);
  });

  it("writes every checkpoint to the export file, one JSON line each, identical to the table", async () => {
    const lines = readFileSync(s.exportPath, "utf8").trim().split("\n");
    expect(lines).toHaveLength(2);
    const read = await readExportFile(s.exportPath);
    expect("checkpoints" in read && read.checkpoints.map((c) => c.n)).toEqual(["1", "2"]);
    expect(JSON.parse(lines[1]!)).toMatchObject({ n: "2", signature: expect.stringMatching(/^[A-Za-z0-9+/]+=*$/) });
    expect(await s.verify()).toMatchObject({ ok: true, rows: 7, checkpoints: 2, signedRows: 7 });
  });

  it("stores nothing when the export fails, and signs the same checkpoint next time", async () => {
    await s.write(5, minutes(40));
    const failing: CheckpointSink = { describe: "down", append: () => Promise.reject(new Error("export unreachable")) };
    await expect(s.sign(minutes(41), failing)).rejects.toThrow(/export unreachable/);
    expect(await s.t.prisma.accessLogCheckpoint.count()).toBe(2);
    expect(await s.sign(minutes(42))).toMatchObject({ n: "3", heads: [{ fromSeq: "8", seq: "12" }] });
    expect(await s.verify()).toMatchObject({ ok: true, checkpoints: 3, signedRows: 12 });
  });

  it("one instance at a time holds the checkpoint lease", async () => {
    expect(await claimCheckpointLease(s.t.prisma, T0, 30, "a")).toBe(true);
    expect(await claimCheckpointLease(s.t.prisma, minutes(0.2), 30, "b")).toBe(false);
    expect(await claimCheckpointLease(s.t.prisma, minutes(1), 30, "b")).toBe(true);
  });
});

describe("forged, altered, missing checkpoints and a wrong public key", () => {
  let s: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    s = await setup("forged");
    for (let i = 0; i < 3; i++) {
      await s.write(5, T0);
      await s.sign(minutes(1));
    }
  });
  afterAll(async () => s?.t.cleanup());

  it("a wrong public key fails every checkpoint, naming the first", async () => {
    expect(await s.verify(otherKeys.publicKey)).toMatchObject({ ok: false, seq: 1n, problem: expect.stringMatching(/^checkpoint 1 does not verify with the public key/) });
    expect(await verifyAccessLogChain(s.t.prisma, { publicKey: null })).toMatchObject({ ok: false, problem: expect.stringMatching(/no public key/) });
  });

  it("a checkpoint altered in the database differs from the export", async () => {
    const saved = readFileSync(s.exportPath, "utf8");
    await tamperCheckpoints(s.t, `UPDATE "access_log_checkpoints" SET "at" = "at" + interval '1 day' WHERE "n" = 2`);
    expect(await s.verify()).toMatchObject({ ok: false, seq: 6n, problem: "checkpoint 2 differs between the database and the export" });
    // Altered in both places, its signature no longer holds.
    const stored = await s.t.prisma.accessLogCheckpoint.findMany({ orderBy: { n: "asc" } });
    writeFileSync(s.exportPath, stored.map((c) => JSON.stringify({ ...c, n: String(c.n), at: c.at.toISOString() })).join("\n") + "\n");
    expect(await s.verify()).toMatchObject({ ok: false, seq: 6n, problem: expect.stringMatching(/^checkpoint 2 does not verify/) });
    await tamperCheckpoints(s.t, `UPDATE "access_log_checkpoints" SET "at" = "at" - interval '1 day' WHERE "n" = 2`);
    writeFileSync(s.exportPath, saved);
    expect(await s.verify()).toMatchObject({ ok: true });
  });

  it("a checkpoint signed with another key (a forgery) is refused by the verifier and the signer", async () => {
    const last = (await s.t.prisma.accessLogCheckpoint.findUniqueOrThrow({ where: { n: 3n } })).signature;
    await s.write(1, T0);
    const head = await s.t.prisma.accessLogHead.findUniqueOrThrow({ where: { chain: 0 } });
    const forged = signCheckpoint(
      { n: "4", at: minutes(2).toISOString(), heads: [{ chain: 0, fromSeq: "16", seq: "16", hash: head.hash, digests: head.hash.slice(0, 16) }], prevSignature: last, keyId: keys.keyId, demo: false },
      otherKeys.privateKey,
    );
    await s.t.prisma.accessLogCheckpoint.create({ data: { ...forged, n: 4n, at: new Date(forged.at) } });
    writeFileSync(s.exportPath, `${readFileSync(s.exportPath, "utf8")}${JSON.stringify(forged)}\n`);
    expect(await s.verify()).toMatchObject({ ok: false, seq: 16n, problem: expect.stringMatching(/^checkpoint 4 does not verify with the public key/) });
    await s.write(5, T0);
    await expect(s.sign(minutes(3))).rejects.toThrow(/checkpoint 4 has an invalid signature/);
  });

  it("a checkpoint removed from the database and the export breaks the checkpoints' own chain", async () => {
    await tamperCheckpoints(s.t, `DELETE FROM "access_log_checkpoints" WHERE "n" >= 2`);
    const lines = readFileSync(s.exportPath, "utf8").trim().split("\n");
    writeFileSync(s.exportPath, `${lines[0]}\n`);
    // Only checkpoint 1 is left everywhere: the rows after it are merely chained, which passes…
    expect(await s.verify()).toMatchObject({ ok: true, signedRows: 5 });
    // …but remove checkpoint 2 only, keeping 3, and the gap shows.
    writeFileSync(s.exportPath, `${lines[0]}\n${lines[2]}\n`);
    expect(await s.verify()).toMatchObject({ ok: false, seq: 6n, problem: "checkpoint 2 is missing" });
  });
});

describe("rows removed after they were signed", () => {
  it("are named even when the head is moved back to match", async () => {
    const s = await setup("truncated");
    try {
      await s.write(10, T0);
      expect(await s.sign(minutes(1))).toMatchObject({ heads: [{ fromSeq: "1", seq: "10" }] });
      await s.t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" DISABLE TRIGGER USER`);
      await s.t.prisma.$executeRawUnsafe(`DELETE FROM "access_log" WHERE "seq" > 7`);
      await s.t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" ENABLE TRIGGER USER`);
      await s.t.prisma.$executeRawUnsafe(`UPDATE "access_log_head" SET "seq" = 7, "hash" = (SELECT "hash" FROM "access_log" WHERE "seq" = 7)`);
      expect(await s.verify()).toMatchObject({ ok: false, seq: 8n, problem: "row 8 is missing: signed checkpoint 1 covers the log up to row 10" });
    } finally {
      await s.t.cleanup();
    }
  });
});
