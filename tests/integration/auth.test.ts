import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { authenticate } from "@/lib/auth/authenticate";
import { loadActor } from "@/lib/auth/load-actor";
import { hashPassword } from "@/lib/auth/password";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import type { Role } from "@/lib/auth/roles";

const PASSWORD = "Dung-Mat-Khau-1";
const META = { ip: "10.1.2.3", userAgent: "vitest" };
/** The lockout tests count misses only: limits per address and per username far out of the way. */
const LOCKOUT_ONLY = { perAddress: { limit: 1_000, windowSeconds: 60 }, perUsername: { limit: 1_000, windowSeconds: 60 } };
let t: TestDatabase;
const unitIds: Record<string, string> = {};

async function makeUser(username: string, role: Role, jurisdiction?: string) {
  return t.prisma.user.create({
    data: {
      username,
      fullName: `Người dùng ${username}`,
      role,
      passwordHash: await hashPassword(PASSWORD),
      unitId: jurisdiction ? unitIds[jurisdiction] : null,
      jurisdictionUnitId: jurisdiction ? unitIds[jurisdiction] : null,
    },
  });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const province = await t.prisma.unit.create({ data: { code: "52", name: "Tỉnh Gia Lai", kind: "Tỉnh", level: "PROVINCE", path: "/52/", depth: 0 } });
  unitIds.province = province.id;
  for (const [code, name] of [["23575", "Phường Pleiku"], ["21583", "Phường Quy Nhơn"]] as const) {
    const u = await t.prisma.unit.create({ data: { code, name, kind: "Phường", level: "COMMUNE", parentId: province.id, path: `/52/${code}/`, depth: 1 } });
    unitIds[code] = u.id;
  }
});
afterAll(async () => t?.cleanup());

const events = (username: string) => t.prisma.securityEvent.findMany({ where: { username }, orderBy: { at: "asc" } });

describe("authenticate", () => {
  it("accepts the right password, resets counters and logs the sign-in with the IP", async () => {
    await makeUser("an.ok", "COMMUNE_OFFICER", "23575");
    const result = await authenticate(t.prisma, { username: "  An.OK ", password: PASSWORD }, META, undefined, LOCKOUT_ONLY);
    expect(result).toMatchObject({ ok: true });
    const log = await events("an.ok");
    expect(log.map((e) => e.type)).toEqual(["SIGN_IN_SUCCESS"]);
    expect(log[0]).toMatchObject({ ip: "10.1.2.3", userAgent: "vitest" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { username: "an.ok" } })).lastLoginAt).not.toBeNull();
  });

  it("refuses an unknown username the same way as a wrong password, and logs it", async () => {
    expect(await authenticate(t.prisma, { username: "khong.co", password: "x" }, META, undefined, LOCKOUT_ONLY)).toEqual({ ok: false, reason: "invalid" });
    expect((await events("khong.co")).map((e) => e.type)).toEqual(["SIGN_IN_FAILURE"]);
  });

  it("locks after 5 wrong passwords for 15 minutes, refuses the right password meanwhile, and unlocks after", async () => {
    const user = await makeUser("binh.lock", "COMMUNE_OFFICER", "23575");
    const t0 = new Date("2026-11-28T02:00:00Z");
    for (let i = 1; i < SIGN_IN_POLICY.maxFailedAttempts; i++) {
      expect(await authenticate(t.prisma, { username: "binh.lock", password: "sai" }, META, t0, LOCKOUT_ONLY)).toEqual({ ok: false, reason: "invalid" });
    }
    const fifth = await authenticate(t.prisma, { username: "binh.lock", password: "sai" }, META, t0, LOCKOUT_ONLY);
    expect(fifth).toEqual({ ok: false, reason: "locked", lockedUntil: new Date(t0.getTime() + 15 * 60_000) });

    const during = new Date(t0.getTime() + 14 * 60_000);
    expect(await authenticate(t.prisma, { username: "binh.lock", password: PASSWORD }, META, during, LOCKOUT_ONLY)).toMatchObject({ ok: false, reason: "locked" });

    const after = new Date(t0.getTime() + 15 * 60_000 + 1000);
    expect(await authenticate(t.prisma, { username: "binh.lock", password: PASSWORD }, META, after, LOCKOUT_ONLY)).toMatchObject({ ok: true, userId: user.id });

    const types = (await events("binh.lock")).map((e) => e.type);
    expect(types.filter((x) => x === "SIGN_IN_FAILURE")).toHaveLength(5);
    expect(types).toContain("ACCOUNT_LOCKED");
    expect(types).toContain("SIGN_IN_LOCKED");
    expect(types.at(-1)).toBe("SIGN_IN_SUCCESS");
  });

  it("a success in between resets the count of failures", async () => {
    await makeUser("chi.reset", "COMMUNE_OFFICER", "23575");
    for (let i = 0; i < 4; i++) await authenticate(t.prisma, { username: "chi.reset", password: "sai" }, META, undefined, LOCKOUT_ONLY);
    await authenticate(t.prisma, { username: "chi.reset", password: PASSWORD }, META, undefined, LOCKOUT_ONLY);
    for (let i = 0; i < 4; i++) expect(await authenticate(t.prisma, { username: "chi.reset", password: "sai" }, META, undefined, LOCKOUT_ONLY)).toEqual({ ok: false, reason: "invalid" });
  });

  it("parallel guesses cannot slip past the threshold: the counter lives in the database", async () => {
    await makeUser("dung.race", "COMMUNE_OFFICER", "23575");
    const results = await Promise.all(Array.from({ length: 8 }, () => authenticate(t.prisma, { username: "dung.race", password: "sai" }, META, undefined, LOCKOUT_ONLY)));
    expect(results.filter((r) => !r.ok && r.reason === "locked").length).toBeGreaterThanOrEqual(1);
    const user = await t.prisma.user.findUniqueOrThrow({ where: { username: "dung.race" } });
    expect(user.lockedUntil).not.toBeNull();
    expect(await authenticate(t.prisma, { username: "dung.race", password: PASSWORD }, META, undefined, LOCKOUT_ONLY)).toMatchObject({ reason: "locked" });
  });

  it("tells a deactivated account so only after the right password", async () => {
    await makeUser("em.off", "COMMUNE_OFFICER", "23575");
    await t.prisma.user.update({ where: { username: "em.off" }, data: { active: false } });
    expect(await authenticate(t.prisma, { username: "em.off", password: "sai" }, META, undefined, LOCKOUT_ONLY)).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(t.prisma, { username: "em.off", password: PASSWORD }, META, undefined, LOCKOUT_ONLY)).toEqual({ ok: false, reason: "inactive" });
  });
});

describe("loadActor: jurisdiction from the unit tree", () => {
  it("a commune officer reaches only their commune", async () => {
    const u = await makeUser("giang.commune", "COMMUNE_OFFICER", "23575");
    const actor = await loadActor(t.prisma, u.id, 0);
    expect(actor?.unitIds).toEqual([unitIds["23575"]]);
  });

  it("a provincial officer reaches the province and every unit below it", async () => {
    const u = await makeUser("hoa.province", "PROVINCIAL_OFFICER", "province");
    const actor = await loadActor(t.prisma, u.id, 0);
    expect([...(actor?.unitIds ?? [])].sort()).toEqual([unitIds.province, unitIds["23575"], unitIds["21583"]].sort());
  });

  it("an agency user has no jurisdiction at all", async () => {
    const u = await makeUser("khanh.agency", "AGENCY_USER");
    expect((await loadActor(t.prisma, u.id, 0))?.unitIds).toEqual([]);
  });

  it("a session from before a session-version bump, or of a deactivated account, is not accepted", async () => {
    const u = await makeUser("lan.revoked", "COMMUNE_OFFICER", "23575");
    await t.prisma.user.update({ where: { id: u.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(t.prisma, u.id, 0)).toBeNull();
    expect(await loadActor(t.prisma, u.id, 1)).not.toBeNull();
    await t.prisma.user.update({ where: { id: u.id }, data: { active: false } });
    expect(await loadActor(t.prisma, u.id, 1)).toBeNull();
  });
});

describe("sign-out", () => {
  it("ends the user's sessions on the server, so a cookie that comes back opens nothing", async () => {
    const { endSessions } = await import("@/lib/auth/end-sessions");
    const u = await makeUser("minh.signout", "COMMUNE_OFFICER", "23575");
    expect(await loadActor(t.prisma, u.id, 0)).not.toBeNull();
    await endSessions(u.id, META, { db: t.prisma });
    expect(await loadActor(t.prisma, u.id, 0)).toBeNull();
    expect((await events("minh.signout")).map((e) => e.type)).toEqual(["SIGN_OUT"]);
  });
});
