import QRCode from "qrcode";
import type { Db } from "@/lib/db/client";
import { registerFailure, type AuthenticateResult } from "@/lib/auth/authenticate";
import { recordSecurityEvent, type RequestMeta } from "@/lib/auth/security-log";
import { encryptSecret, decryptSecret, readChallenge, signChallenge } from "@/lib/admin/two-factor/crypto";
import { consumeSecondFactor, matchTotp, newTotpSecret, replaceRecoveryCodes, requiresTwoFactor, totpUri } from "@/lib/admin/two-factor/totp";

export type SecondStep = { kind: "totp" | "enrol"; challenge: string };

/**
 * After a correct password: what the second step is for this user, or null when the role needs none.
 * An enrolled user gets a challenge for a code; a user who must enrol gets a fresh secret (carried,
 * encrypted, inside the signed challenge until a first code proves the authenticator has it).
 */
export async function secondStepFor(db: Db, userId: string, now: Date): Promise<SecondStep | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, sessionVersion: true, totpSecretEnc: true } });
  if (!requiresTwoFactor(user.role)) return null;
  if (user.totpSecretEnc) return { kind: "totp", challenge: signChallenge({ k: "totp", u: userId, sv: user.sessionVersion }, now) };
  return { kind: "enrol", challenge: signChallenge({ k: "enrol", u: userId, sv: user.sessionVersion, s: encryptSecret(newTotpSecret()) }, now, 900) };
}

/** What the enrolment screen shows: the secret as text and as a QR code for the authenticator app. */
export async function enrolmentDisplay(db: Db, challenge: string, now: Date): Promise<{ secret: string; qrDataUrl: string } | null> {
  const c = readChallenge(challenge, now);
  if (c?.k !== "enrol" || !c.s) return null;
  const user = await db.user.findUnique({ where: { id: c.u }, select: { username: true } });
  if (!user) return null;
  const secret = decryptSecret(c.s);
  return { secret, qrDataUrl: await QRCode.toDataURL(totpUri(user.username, secret), { margin: 1, width: 200 }) };
}

async function challengedUser(db: Db, token: string, kinds: string[], now: Date) {
  const c = readChallenge(token, now);
  if (!c || !kinds.includes(c.k)) return null;
  const user = await db.user.findUnique({ where: { id: c.u }, select: { id: true, username: true, active: true, lockedUntil: true, sessionVersion: true, totpSecretEnc: true } });
  if (!user || !user.active || user.sessionVersion !== c.sv) return null;
  return { c, user };
}

/**
 * The code step of a sign-in (also the last step after enrolment, kind "done"). A wrong code counts
 * toward the same lockout as a wrong password, so six digits cannot be guessed at leisure.
 */
export async function completeSecondStep(db: Db, input: { challenge: string; code?: string }, meta: RequestMeta, now: Date): Promise<AuthenticateResult> {
  const found = await challengedUser(db, input.challenge, ["totp", "done"], now);
  if (!found) return { ok: false, reason: "invalid" };
  const { c, user } = found;
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };
  if (c.k === "done") return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  if (!(await consumeSecondFactor(db, user.id, input.code ?? "", now))) {
    const result = await registerFailure(db, user.id, user.username, meta, now);
    return result.ok === false && result.reason === "locked" ? result : { ok: false, reason: "invalid" };
  }
  const kind = /^\d{6}$/.test((input.code ?? "").trim()) ? "authenticator code" : "recovery code";
  await recordSecurityEvent(db, { type: "SIGN_IN_SUCCESS", userId: user.id, username: user.username, detail: `second factor accepted (${kind})` }, meta);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/**
 * First-time enrolment: the first code must match the secret the challenge carries; then the secret
 * is stored (encrypted), ten recovery codes are made, and a "done" challenge finishes the sign-in.
 * The conditional update refuses a second enrolment racing the first.
 */
export async function enrolTwoFactor(db: Db, input: { challenge: string; code: string }, meta: RequestMeta, now: Date): Promise<{ ok: true; recoveryCodes: string[]; challenge: string } | { ok: false }> {
  const found = await challengedUser(db, input.challenge, ["enrol"], now);
  if (!found?.c.s || found.user.totpSecretEnc) return { ok: false };
  const { c, user } = found;
  const step = await matchTotp(decryptSecret(c.s!), input.code.trim(), now);
  if (step === null) return { ok: false };
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: user.id, totpSecretEnc: null }, data: { totpSecretEnc: c.s!, totpEnabledAt: now, totpLastStep: step } });
    if (count !== 1) return { ok: false as const };
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await recordSecurityEvent(tx, { type: "SIGN_IN_SUCCESS", userId: user.id, username: user.username, detail: "two-factor enrolled" }, meta);
    return { ok: true as const, recoveryCodes, challenge: signChallenge({ k: "done", u: user.id, sv: user.sessionVersion }, now, 600) };
  });
}
