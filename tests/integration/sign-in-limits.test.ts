import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import { messages } from "@/lib/text/messages";

// Issue 13, part 6: sign-in attempts are limited per address and per username besides the lockout,
// and an unknown username answers exactly like a known one under the lockout rule.

const PASSWORD = "Dung-Mat-Khau-1";
let t: TestDatabase;
const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 10, 28, 2, minute, second));
const meta = (ip: string) => ({ ip, userAgent: "vitest" });

async function makeUser(username: string) {
  await t.prisma.user.create({ data: { username, fullName: username, role: "AGENCY_USER", passwordHash: await hashPassword(PASSWORD) } });
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.cleanup());

describe("sign-in limits (defaults: 10 a minute per address, 5 per username)", () => {
  it("an address trying many usernames is stopped at the 11th attempt, with the time to wait", async () => {
    const results = [];
    for (let i = 0; i < 11; i++) results.push(await authenticate(t.prisma, { username: `khach.${i}`, password: "x" }, meta("198.51.100.30"), at(0, i)));
    expect(results.slice(0, 10).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    expect(results[10]).toEqual({ ok: false, reason: "rate-limited", scope: "address", retryAfterSeconds: 50 });
    expect(messages.signIn.tooManyFromAddress(50)).toBe("Quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau 50 giây.");
    // Another address is not affected; the same one is again a minute later.
    expect(await authenticate(t.prisma, { username: "khach.x", password: "x" }, meta("198.51.100.31"), at(0, 11))).toMatchObject({ reason: "invalid" });
    expect(await authenticate(t.prisma, { username: "khach.y", password: "x" }, meta("198.51.100.30"), at(1, 1))).toMatchObject({ reason: "invalid" });
    const logged = await t.prisma.securityEvent.findMany({ where: { detail: "rate limited per address" } });
    expect(logged).toHaveLength(1);
  });

  it("right passwords do not count: an office behind one address can all sign in", async () => {
    await makeUser("van.phong");
    for (let i = 0; i < 15; i++) expect(await authenticate(t.prisma, { username: "van.phong", password: PASSWORD }, meta("198.51.100.32"), at(2, i))).toMatchObject({ ok: true });
    expect(await authenticate(t.prisma, { username: "khach.z", password: "x" }, meta("198.51.100.32"), at(2, 20))).toMatchObject({ reason: "invalid" });
  });

  it("a burst at one username from many addresses gets at most 5 password checks", async () => {
    await makeUser("dich.den");
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => authenticate(t.prisma, { username: "dich.den", password: "sai" }, meta(`203.0.113.${i}`), at(3))));
    const throttled = results.filter((r) => !r.ok && r.reason === "rate-limited");
    expect(throttled.length).toBeGreaterThanOrEqual(7);
    expect(throttled[0]).toMatchObject({ scope: "username", retryAfterSeconds: 60 });
    const checked = await t.prisma.securityEvent.count({ where: { username: "dich.den", type: "SIGN_IN_FAILURE", NOT: { detail: { startsWith: "rate limited" } } } });
    expect(checked).toBeLessThanOrEqual(5);
  });

  it("limits are configurable", async () => {
    const tight = { perAddress: { limit: 100, windowSeconds: 60 }, perUsername: { limit: 2, windowSeconds: 60 } };
    const r = [];
    for (let i = 0; i < 3; i++) r.push(await authenticate(t.prisma, { username: "hep", password: "x" }, meta(`203.0.113.${50 + i}`), at(4), tight));
    expect(r.map((x) => (x.ok ? "ok" : x.reason))).toEqual(["invalid", "invalid", "rate-limited"]);
  });
});

describe("an unknown username under the lockout rule", () => {
  /** Five misses then the right (or any) password, a minute apart so no rate limit interferes. */
  async function sequence(username: string, start: number) {
    const out = [];
    for (let i = 0; i < SIGN_IN_POLICY.maxFailedAttempts; i++) out.push(await authenticate(t.prisma, { username, password: "sai" }, meta(`192.0.2.${start + i}`), at(10, start + i)));
    out.push(await authenticate(t.prisma, { username, password: PASSWORD }, meta("192.0.2.99"), at(10 + 14, start)));
    out.push(await authenticate(t.prisma, { username, password: "sai" }, meta("192.0.2.98"), at(10 + 16, start)));
    return out;
  }

  it("is 'locked' after 5 misses, for the same 15 minutes, with the same answers as a real account", async () => {
    await makeUser("co.that");
    const known = await sequence("co.that", 0);
    const unknown = await sequence("khong.that", 0);
    expect(unknown).toEqual(known);
    expect(unknown.map((r) => (r.ok ? "ok" : r.reason))).toEqual(["invalid", "invalid", "invalid", "invalid", "locked", "locked", "invalid"]);
    expect(unknown[4]).toEqual({ ok: false, reason: "locked", lockedUntil: new Date(at(10, 4).getTime() + 15 * 60_000) });
    const types = async (username: string) => (await t.prisma.securityEvent.findMany({ where: { username }, orderBy: { at: "asc" } })).map((e) => e.type);
    expect(await types("khong.that")).toEqual(await types("co.that"));
  });
});
