import { describe, it, expect, beforeAll, afterAll } from "vitest";
// One chain, as a deployment with ACCESS_LOG_CHAINS=1 has, rows numbered 1, 2, 3… (several: access-log-chains.test.ts).
process.env.ACCESS_LOG_CHAINS = "1";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { writeAccessLog, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { hashRow } from "@/lib/audit/chain";
import { generateAuditKeyPair, loadSigningKeys } from "@/lib/audit/keys";
import { fileSink, readExportFile } from "@/lib/audit/checkpoint-export";
import { signCheckpointIfDue } from "@/lib/audit/sign-checkpoint";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Issue 13: a database superuser disables the append-only trigger, rewrites a row, recomputes
// the hashes of every following row with hashRow (no secret) and moves the head.

const pair = generateAuditKeyPair();
const keys = loadSigningKeys({ signingKey: pair.privateKey, nodeEnv: "production" });
const dir = mkdtempSync(join(tmpdir(), "audit-rewrite-"));
const exportPath = join(dir, "checkpoints.jsonl");
const sign = () => signCheckpointIfDue(t.prisma, { keys, sink: fileSink(exportPath), policy: { rows: 10, minutes: 5 } });

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  // Two checkpoints (rows 1–10, 11–20), then two rows no checkpoint covers yet.
  for (let i = 0; i < 22; i++) {
    await t.prisma.$transaction((tx) => writeAccessLog(tx, entry(i)));
    if (i === 9 || i === 19) expect(await sign()).not.toBeNull();
  }
});
afterAll(async () => {
  await t?.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const verify = async () => {
  const read = await readExportFile(exportPath);
  return verifyAccessLogChain(t.prisma, { publicKey: keys.publicKey, exported: "checkpoints" in read ? read.checkpoints : null });
};

const entry = (i: number): AccessLogEntry => ({
  actorLabel: `officer-${i % 3}`,
  unitCode: "23575",
  system: "CIVIL_REGISTRY",
  operation: "SEARCH",
  purposeKind: "DOSSIER",
  purposeRef: `HS-${i}`,
  query: { by: "personalId", personalId: "064198004512" },
  resultIds: ["HT-R1"],
  outcome: "FOUND",
});

/** The attack of the issue, step by step, as the application's own (superuser) database user. */
async function rewriteRow(db: TestDatabase["prisma"], seq: bigint, actorLabel: string) {
  await db.$executeRawUnsafe(`ALTER TABLE "access_log" DISABLE TRIGGER access_log_no_update`);
  try {
    const rows = await db.accessLog.findMany({ where: { seq: { gte: seq - 1n } }, orderBy: { seq: "asc" } });
    let prevHash = rows[0]!.hash;
    for (const row of rows.slice(1)) {
      const { hash: _old, ...fields } = row;
      const changed = { ...fields, prevHash, actorLabel: row.seq === seq ? actorLabel : row.actorLabel };
      const hash = hashRow(changed);
      await db.accessLog.update({ where: { chain_seq_at: { chain: row.chain, seq: row.seq, at: row.at } }, data: { actorLabel: changed.actorLabel, prevHash, hash } });
      prevHash = hash;
    }
    await db.accessLogHead.update({ where: { chain: 0 }, data: { hash: prevHash } });
  } finally {
    await db.$executeRawUnsafe(`ALTER TABLE "access_log" ENABLE TRIGGER access_log_no_update`);
  }
}

describe("a superuser rewrite of the access log", () => {
  it("is reported by verifyAccessLogChain and audit:verify, naming the first rewritten seq", async () => {
    expect(await verify()).toMatchObject({ ok: true, rows: 22, checkpoints: 2, signedRows: 20 });
    await rewriteRow(t.prisma, 7n, "someone-else");
    expect(await verify()).toMatchObject({ ok: false, seq: 7n, problem: "row 7 differs from signed checkpoint 1: it was rewritten after being signed" });
    const env = { ...process.env, DATABASE_URL: t.url, AUDIT_VERIFY_KEY: pair.publicKey, AUDIT_CHECKPOINT_EXPORT: exportPath };
    const run = await promisify(execFile)("npx", ["tsx", "scripts/audit-verify.ts"], { env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/first bad seq: 7\b/);
  });

  it("is still found when the rewriter also deletes the checkpoints from the database: the export keeps them", async () => {
    await t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log_checkpoints" DISABLE TRIGGER USER`);
    await t.prisma.$executeRawUnsafe(`DELETE FROM "access_log_checkpoints"`);
    await t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log_checkpoints" ENABLE TRIGGER USER`);
    expect(await verify()).toMatchObject({ ok: false, seq: 1n, problem: "checkpoint 1 is in the export but missing from the database" });
    // Without the export the table alone cannot tell: why the export lives outside the database.
    expect(await verifyAccessLogChain(t.prisma, { publicKey: keys.publicKey })).toMatchObject({ ok: true });
  });
});
