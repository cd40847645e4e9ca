import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { generate } from "otplib";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { actorsOf, unitForm } from "../helpers/actors";
import { runSeed } from "@/lib/seed/run-seed";
import type { Actor } from "@/lib/auth/actor";
import { consumeSecondFactor, replaceRecoveryCodes } from "@/lib/auth/two-factor/totp";
import { completeSecondStep, enrolTwoFactor, enrolmentDisplay, secondStepFor } from "@/lib/auth/two-factor/sign-in";
import { decryptSecret } from "@/lib/auth/two-factor/crypto";
import { DEMO_TOTP_SECRET } from "@/lib/seed/demo-two-factor";
import { createUser } from "@/lib/admin/users/save-user";

// Two-factor sign-in (TOTP, replay, lockout, recovery codes, enrolment), split from admin.test.ts:
// the use case of signing in with a second factor, on its own seeded database.

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"] };
let actors: Record<string, Actor> = {};
const meta = { ip: "10.0.0.9", userAgent: "vitest" };
const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  deps = { db: t.prisma };
  actors = await actorsOf(t.prisma, ["admin", "pleiku.canbo", "pleiku.lanhdao", "quynhon.lanhdao", "stp.canbo"]);
});
afterAll(async () => t?.cleanup());

describe("two-factor sign-in", () => {
  it("demo signers, provincial officers and administrators are enrolled with the demo secret; officers need no second step", async () => {
    const admin = await t.prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
    expect(decryptSecret(admin.totpSecretEnc!)).toBe(DEMO_TOTP_SECRET);
    expect(await secondStepFor(t.prisma, admin.id, new Date())).toMatchObject({ kind: "totp" });
    expect(await secondStepFor(t.prisma, actors["pleiku.canbo"]!.userId, new Date())).toBeNull();
  });

  it("a code is accepted once: the same code again, in its window, is refused (replay)", async () => {
    const now = new Date("2026-11-28T03:00:10Z");
    const userId = actors["stp.canbo"]!.userId;
    const code = await codeAt(DEMO_TOTP_SECRET, now);
    expect(await consumeSecondFactor(t.prisma, userId, code, now)).toBe(true);
    expect(await consumeSecondFactor(t.prisma, userId, code, new Date(now.getTime() + 5_000))).toBe(false);
    // The next step's code is fine.
    expect(await consumeSecondFactor(t.prisma, userId, await codeAt(DEMO_TOTP_SECRET, new Date(now.getTime() + 30_000)), new Date(now.getTime() + 30_000))).toBe(true);
  });

  it("a wrong code at sign-in counts toward the lockout", async () => {
    const now = new Date();
    const step = (await secondStepFor(t.prisma, actors["quynhon.lanhdao"]!.userId, now))!;
    const result = await completeSecondStep(t.prisma, { challenge: step.challenge, code: "000000" }, meta, now);
    expect(result).toEqual({ ok: false, reason: "invalid" });
    expect((await t.prisma.user.findUniqueOrThrow({ where: { username: "quynhon.lanhdao" } })).failedLoginCount).toBe(1);
    expect(await completeSecondStep(t.prisma, { challenge: step.challenge + "x", code: "000000" }, meta, now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("recovery codes work once each and are stored hashed", async () => {
    const userId = actors["pleiku.lanhdao"]!.userId;
    const codes = await t.prisma.$transaction((tx) => replaceRecoveryCodes(tx, userId));
    expect(codes).toHaveLength(10);
    const stored = await t.prisma.recoveryCode.findMany({ where: { userId } });
    expect(stored.map((s) => s.codeHash)).not.toContain(codes[0]);
    expect(await consumeSecondFactor(t.prisma, userId, codes[0]!.toLowerCase(), new Date())).toBe(true);
    expect(await consumeSecondFactor(t.prisma, userId, codes[0]!, new Date())).toBe(false);
  });

  it("a fresh provincial officer enrols at first sign-in: secret, first code, ten recovery codes, then signed in", async () => {
    const now = new Date();
    const { id } = await createUser(actors.admin!, { ...unitForm(actors["stp.canbo"]!.unit!.id), username: "stp.moi", role: "PROVINCIAL_OFFICER", reach: "province" }, deps);
    const step = (await secondStepFor(t.prisma, id, now))!;
    expect(step.kind).toBe("enrol");
    const shown = (await enrolmentDisplay(t.prisma, step.challenge, now))!;
    expect(shown.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(await enrolTwoFactor(t.prisma, { challenge: step.challenge, code: "123456" }, meta, now)).toEqual({ ok: false });
    const enrolled = await enrolTwoFactor(t.prisma, { challenge: step.challenge, code: await codeAt(shown.secret, now) }, meta, now);
    expect(enrolled.ok && enrolled.recoveryCodes).toHaveLength(10);
    if (!enrolled.ok) return;
    expect(await completeSecondStep(t.prisma, { challenge: enrolled.challenge }, meta, now)).toMatchObject({ ok: true, userId: id });
    // The enrolment challenge cannot enrol a second time.
    expect(await enrolTwoFactor(t.prisma, { challenge: step.challenge, code: await codeAt(shown.secret, new Date(now.getTime() + 30_000)) }, meta, new Date(now.getTime() + 30_000))).toEqual({ ok: false });
  });
});
