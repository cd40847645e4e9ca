import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { generate } from "otplib";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { completeSecondStep, enrolTwoFactor, enrolmentDisplay, secondStepFor } from "@/lib/auth/two-factor/sign-in";
import { DEMO_TOTP_SECRET } from "@/lib/seed/demo-two-factor";
import { createUser, updateUser } from "@/lib/admin/users/save-user";
import { endSessionsOfToken } from "@/lib/auth/end-sessions";

// Issue 13, part 3: the second factor must not be skippable, neither by replaying a used sign-in
// challenge nor by keeping a password-only session across a promotion.

let t: TestDatabase;
let admin: Actor;
const meta = { ip: "10.0.0.13", userAgent: "vitest" };
const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const later = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);
const userForm = (unitId: string, extra: Record<string, string> = {}) => ({ fullName: "Cán bộ Thử", title: "", role: "COMMUNE_OFFICER", unitId, reach: "unit", agencyId: "", email: "", phone: "", ...extra });
const userOf = (username: string) => t.prisma.user.findUniqueOrThrow({ where: { username }, include: { unit: true } });

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const a = await userOf("admin");
  admin = (await loadActor(t.prisma, a.id, a.sessionVersion))!;
});
afterAll(async () => t?.cleanup());

describe("the sign-in challenge", () => {
  it("works once: replaying a used challenge with a fresh code gives nothing", async () => {
    const now = new Date();
    const signer = await userOf("pleiku.lanhdao");
    const step = (await secondStepFor(t.prisma, signer.id, now))!;
    expect(step.kind).toBe("totp");
    const first = await completeSecondStep(t.prisma, { challenge: step.challenge, code: await codeAt(DEMO_TOTP_SECRET, now) }, meta, now);
    expect(first).toMatchObject({ ok: true, userId: signer.id });
    // Another client holding the same challenge and a current code (the next 30-second step).
    const replayAt = later(now, 30);
    const replay = await completeSecondStep(t.prisma, { challenge: step.challenge, code: await codeAt(DEMO_TOTP_SECRET, replayAt) }, meta, replayAt);
    expect(replay).toEqual({ ok: false, reason: "invalid" });
  });

  it("stays usable after a wrong code (the person may retry), but not after it succeeded", async () => {
    const now = new Date();
    const signer = await userOf("quynhon.lanhdao");
    const step = (await secondStepFor(t.prisma, signer.id, now))!;
    expect(await completeSecondStep(t.prisma, { challenge: step.challenge, code: "000000" }, meta, now)).toEqual({ ok: false, reason: "invalid" });
    expect(await completeSecondStep(t.prisma, { challenge: step.challenge, code: await codeAt(DEMO_TOTP_SECRET, now) }, meta, now)).toMatchObject({ ok: true });
  });

  it("the enrolment and its final step each work once", async () => {
    const now = new Date();
    const { id } = await createUser(admin, { ...userForm((await userOf("stp.canbo")).unitId!), username: "stp.moi13", role: "PROVINCIAL_OFFICER", reach: "province" }, { db: t.prisma });
    const step = (await secondStepFor(t.prisma, id, now))!;
    expect(step.kind).toBe("enrol");
    const shown = (await enrolmentDisplay(t.prisma, step.challenge, now))!;
    const enrolled = await enrolTwoFactor(t.prisma, { challenge: step.challenge, code: await codeAt(shown.secret, now) }, meta, now);
    if (!enrolled.ok) throw new Error("enrolment refused");
    expect(await enrolmentDisplay(t.prisma, step.challenge, now)).toBeNull();
    expect(await completeSecondStep(t.prisma, { challenge: enrolled.challenge }, meta, now)).toMatchObject({ ok: true, userId: id });
    expect(await completeSecondStep(t.prisma, { challenge: enrolled.challenge }, meta, later(now, 1))).toEqual({ ok: false, reason: "invalid" });
  });

  it("is refused once expired", async () => {
    const now = new Date();
    const step = (await secondStepFor(t.prisma, (await userOf("stp.canbo")).id, now))!;
    const at = later(now, 301);
    expect(await completeSecondStep(t.prisma, { challenge: step.challenge, code: await codeAt(DEMO_TOTP_SECRET, at) }, meta, at)).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("a change of role, unit or reach", () => {
  it("an officer promoted to signer loses the password-only session and must enrol at the next sign-in", async () => {
    const pleiku = await userOf("pleiku.canbo");
    const { id } = await createUser(admin, { ...userForm(pleiku.unitId!), username: "pleiku.thangchuc" }, { db: t.prisma });
    await t.prisma.user.update({ where: { id }, data: { mustChangePassword: false } });
    const before = (await t.prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
    expect(await loadActor(t.prisma, id, before)).not.toBeNull();
    await updateUser(admin, id, { ...userForm(pleiku.unitId!), username: "pleiku.thangchuc", role: "COMMUNE_SIGNER" }, { db: t.prisma });
    expect(await loadActor(t.prisma, id, before)).toBeNull();
    expect(await secondStepFor(t.prisma, id, new Date())).toMatchObject({ kind: "enrol" });
  });

  it("a move to another unit and a change of reach end the sessions; a change of name does not", async () => {
    const pleiku = await userOf("pleiku.canbo");
    const iao = await userOf("iao.canbo");
    const { id } = await createUser(admin, { ...userForm(pleiku.unitId!), username: "pleiku.chuyen", role: "PROVINCIAL_OFFICER" }, { db: t.prisma });
    const version = async () => (await t.prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion;
    const v0 = await version();
    await updateUser(admin, id, { ...userForm(pleiku.unitId!), username: "pleiku.chuyen", role: "PROVINCIAL_OFFICER", fullName: "Tên Mới" }, { db: t.prisma });
    expect(await version()).toBe(v0);
    await updateUser(admin, id, { ...userForm(iao.unitId!), username: "pleiku.chuyen", role: "PROVINCIAL_OFFICER", fullName: "Tên Mới" }, { db: t.prisma });
    const v1 = await version();
    expect(v1).toBeGreaterThan(v0);
    await updateUser(admin, id, { ...userForm(iao.unitId!), username: "pleiku.chuyen", role: "PROVINCIAL_OFFICER", fullName: "Tên Mới", reach: "province" }, { db: t.prisma });
    expect(await version()).toBeGreaterThan(v1);
  });
});

describe("sign-out through next-auth's own route (events.signOut)", () => {
  it("ends the live session on the server and logs it; a stale token changes nothing", async () => {
    const officer = await userOf("iao.canbo");
    const live = { sub: officer.id, sv: officer.sessionVersion };
    expect(await endSessionsOfToken(live, meta, { db: t.prisma })).toBe(true);
    expect(await loadActor(t.prisma, officer.id, officer.sessionVersion)).toBeNull();
    expect(await endSessionsOfToken(live, meta, { db: t.prisma })).toBe(false);
    expect((await userOf("iao.canbo")).sessionVersion).toBe(officer.sessionVersion + 1);
    expect(await t.prisma.securityEvent.count({ where: { userId: officer.id, type: "SIGN_OUT" } })).toBe(1);
  });
});
