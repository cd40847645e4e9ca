import { describe, it, expect, beforeAll, afterAll } from "vitest";
// One chain, as a deployment with ACCESS_LOG_CHAINS=1 has, rows numbered 1, 2, 3… (several: access-log-chains.test.ts).
process.env.ACCESS_LOG_CHAINS = "1";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { writeAccessLog, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.cleanup());

const entry = (i: number): AccessLogEntry => ({
  userId: null,
  actorLabel: `officer-${i % 3}`,
  unitCode: "23575",
  system: "CIVIL_REGISTRY",
  operation: "SEARCH",
  purposeKind: "DOSSIER",
  purposeRef: `HS-${i}`,
  query: { by: "personalId", personalId: "064198004512", nested: { b: 2, a: 1 } },
  resultIds: i % 2 ? ["HT-R1"] : [],
  outcome: i % 2 ? "FOUND" : "NOT_FOUND",
});

async function append(n: number) {
  // Parallel appends from many connections must still form one chain.
  await Promise.all(Array.from({ length: n }, (_, i) => t.prisma.$transaction((tx) => writeAccessLog(tx, entry(i)))));
}

/** Runs raw SQL with the append-only triggers switched off, as someone tampering with the table would. */
async function tamper(db: TestDatabase, sql: string) {
  await db.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" DISABLE TRIGGER USER`);
  try {
    await db.prisma.$executeRawUnsafe(sql);
  } finally {
    await db.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" ENABLE TRIGGER USER`);
  }
}

describe("access log", () => {
  it("chains concurrent appends without gaps and verifies intact", async () => {
    await append(40);
    const rows = await t.prisma.accessLog.findMany({ orderBy: { seq: "asc" }, select: { seq: true } });
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await verifyAccessLogChain(t.prisma, { batchSize: 7 })).toEqual({ ok: true, rows: 40, chains: 1, checkpoints: 0, signedRows: 0 });
  });

  it("the database refuses UPDATE, DELETE and TRUNCATE", async () => {
    await expect(t.prisma.$executeRawUnsafe(`UPDATE "access_log" SET "actorLabel" = 'x' WHERE "seq" = 1`)).rejects.toThrow(/append-only/);
    await expect(t.prisma.$executeRawUnsafe(`DELETE FROM "access_log" WHERE "seq" = 1`)).rejects.toThrow(/append-only/);
    await expect(t.prisma.$executeRawUnsafe(`TRUNCATE "access_log"`)).rejects.toThrow(/append-only/);
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });

  it("detects an altered row", async () => {
    await tamper(t, `UPDATE "access_log" SET "actorLabel" = 'someone-else', "resultIds" = '{HT-X}' WHERE "seq" = 12`);
    expect(await verifyAccessLogChain(t.prisma)).toMatchObject({ ok: false, seq: 12n, problem: "row 12 was altered" });
  });
});

describe("access log deletions", () => {
  let d: TestDatabase;
  beforeAll(async () => {
    d = await createTestDatabase();
    for (let i = 0; i < 10; i++) await d.prisma.$transaction((tx) => writeAccessLog(tx, entry(i)));
  });
  afterAll(async () => d?.cleanup());

  it("detects rows removed from the end", async () => {
    await tamper(d, `DELETE FROM "access_log" WHERE "seq" = 10`);
    expect(await verifyAccessLogChain(d.prisma)).toMatchObject({ ok: false, seq: 10n });
  });

  it("detects a row removed from the middle", async () => {
    await tamper(d, `DELETE FROM "access_log" WHERE "seq" = 4`);
    expect(await verifyAccessLogChain(d.prisma)).toMatchObject({ ok: false, seq: 4n, problem: "row 4 is missing" });
  });
});
