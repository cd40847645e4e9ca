import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import { writeAccessLog, type AccessLogEntry } from "@/lib/audit/write-access-log";
import { findUnusualUse } from "@/lib/audit/unusual-use";

let t: TestDatabase;
const now = new Date("2026-11-28T05:00:00Z"); // 12:00 in Vietnam, a Saturday
let units: Record<string, string> = {};

async function log(actorLabel: string, unitCode: string, at: Date, extra: Partial<AccessLogEntry> = {}) {
  await t.prisma.$transaction((tx) =>
    writeAccessLog(tx, { actorLabel, unitId: units[unitCode]!, unitCode, system: "CIVIL_REGISTRY", operation: "SEARCH", query: { by: "name" }, resultIds: ["x"], outcome: "FOUND", ...extra }, at),
  );
}

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  units = Object.fromEntries((await t.prisma.unit.findMany({ where: { code: { in: ["23575", "21583"] } } })).map((u) => [u.code, u.id]));
  // A burst: 35 lookups in five minutes on a Thursday morning (Vietnam time).
  for (let i = 0; i < 35; i++) await log("ban.dondap", "23575", new Date(Date.parse("2026-11-26T02:00:00Z") + i * 8_000));
  // Outside working hours: 22:00 and 23:00 Vietnam time on a weekday, and Sunday noon.
  for (const at of ["2026-11-25T15:00:00Z", "2026-11-25T16:00:00Z", "2026-11-22T05:00:00Z"]) await log("dem.khuya", "21583", new Date(at));
  // Trying numbers: 12 ID searches in a row that found nothing, then one that did.
  for (let i = 0; i < 12; i++) await log("do.so", "21583", new Date(Date.parse("2026-11-26T03:00:00Z") + i * 60_000), { query: { by: "personalId", personalId: `06419800${1000 + i}` }, resultIds: [], outcome: "NOT_FOUND" });
  await log("do.so", "21583", new Date("2026-11-26T03:30:00Z"), { query: { by: "personalId", personalId: "064198004512" } });
  // Ordinary work that must not be flagged.
  for (let i = 0; i < 5; i++) await log("binh.thuong", "23575", new Date(Date.parse("2026-11-26T03:00:00Z") + i * 600_000));
});
afterAll(async () => t?.cleanup());

async function actor(username: string) {
  const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
  return (await loadActor(t.prisma, u.id, 0))!;
}

describe("unusual use", () => {
  it("flags the burst, the night lookups and the enumeration, and nothing else", async () => {
    const flags = await findUnusualUse(await actor("stp.canbo"), { db: t.prisma, now });
    expect(flags.bursts.map((b) => b.actorLabel)).toEqual(["ban.dondap"]);
    expect(flags.bursts[0]!.lookups).toBeGreaterThan(30);
    expect(flags.offHours).toEqual([expect.objectContaining({ actorLabel: "dem.khuya", lookups: 3 })]);
    expect(flags.enumerations).toEqual([expect.objectContaining({ actorLabel: "do.so", streak: 12 })]);
  });

  it("thresholds are configuration", async () => {
    await t.prisma.setting.create({ data: { key: "unusualUse", value: { burstCount: 50, burstMinutes: 10, workdayStart: "07:00", workdayEnd: "23:30", offHoursMin: 1, notFoundStreak: 13, days: 30 } } });
    const flags = await findUnusualUse(await actor("stp.canbo"), { db: t.prisma, now });
    expect(flags.bursts).toEqual([]);
    expect(flags.enumerations).toEqual([]);
    expect(flags.offHours.map((o) => o.lookups)).toEqual([1]); // only Sunday noon is outside 07:00–23:30 now
    await t.prisma.setting.delete({ where: { key: "unusualUse" } });
  });

  it("a signer sees only the flags of their own unit", async () => {
    const flags = await findUnusualUse(await actor("quynhon.lanhdao"), { db: t.prisma, now });
    expect(flags.bursts).toEqual([]);
    expect(flags.enumerations.map((e) => e.actorLabel)).toEqual(["do.so"]);
  });

  it("npm run audit:verify passes on this log, and fails once a row is altered", async () => {
    const run = promisify(execFile);
    // An export of its own (none yet): not the one a developer's `npm run dev` wrote to .data/.
    const env = { ...process.env, DATABASE_URL: t.url, AUDIT_CHECKPOINT_EXPORT: join(mkdtempSync(join(tmpdir(), "unusual-use-")), "checkpoints.jsonl") };
    const ok = await run(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], { env });
    expect(ok.stdout).toMatch(/access log intact: 56 rows/);
    await t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" DISABLE TRIGGER USER`);
    await t.prisma.$executeRawUnsafe(`UPDATE "access_log" SET "actorLabel" = 'ai.khac' WHERE "chain" = (SELECT min("chain") FROM "access_log") AND "seq" = 3`);
    await t.prisma.$executeRawUnsafe(`ALTER TABLE "access_log" ENABLE TRIGGER USER`);
    const failed = await run(process.execPath, ["--import", "tsx", "scripts/audit-verify.ts"], { env }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/ACCESS LOG TAMPERED: row 3( of chain \d+)? was altered/);
  });
});
