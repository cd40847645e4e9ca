import QRCode from "qrcode";
import type { Db } from "@/lib/db/client";
import { registerFailure, type AuthenticateResult } from "@/lib/auth/authenticate";
import { recordSecurityEvent, type RequestMeta } from "@/lib/auth/security-log";
import { encryptSecret, decryptSecret } from "@/lib/auth/two-factor/crypto";
import { findChallenge, openChallenge, spendChallenge, type ChallengeKind } from "@/lib/auth/two-factor/challenge";
import { consumeSecondFactor, matchTotp, newTotpSecret, replaceRecoveryCodes, requiresTwoFactor, totpUri } from "@/lib/auth/two-factor/totp";
import { isAuthenticatorCode } from "@/lib/auth/two-factor/policy";

/** The next step after a correct password; `challenge` is the nonce for the browser's cookie only. */
export type SecondStep = { kind: "totp" | "enrol"; challenge: string };

/**
 * After a correct password: what the second step is for this user, or null when the role needs none.
 * An enrolled user gets a challenge for a code; a user who must enrol gets a fresh secret (kept,
 * encrypted, with the challenge until a first code proves the authenticator has it).
 */
export async function secondStepFor(db: Db, userId: string, now: Date): Promise<SecondStep | null> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, sessionVersion: true, totpSecretEnc: true } });
  if (!requiresTwoFactor(user.role)) return null;
  const kind = user.totpSecretEnc ? "totp" : "enrol";
  const secretEnc = kind === "enrol" ? encryptSecret(newTotpSecret()) : undefined;
  return { kind, challenge: await openChallenge(db, { kind, userId, sessionVersion: user.sessionVersion, secretEnc }, now) };
}

/** Which step an unspent challenge stands at, or null (none, spent, expired). */
export async function pendingStep(db: Db, challenge: string, now: Date): Promise<ChallengeKind | null> {
  return (await findChallenge(db, challenge, ["totp", "enrol", "done"], now))?.kind ?? null;
}

/** What the enrolment screen shows: the secret as text and as a QR code for the authenticator app. */
export async function enrolmentDisplay(db: Db, challenge: string, now: Date): Promise<{ secret: string; qrDataUrl: string } | null> {
  const c = await findChallenge(db, challenge, ["enrol"], now);
  if (!c?.secretEnc) return null;
  const user = await db.user.findUnique({ where: { id: c.userId }, select: { username: true } });
  if (!user) return null;
  const secret = decryptSecret(c.secretEnc);
  return { secret, qrDataUrl: await QRCode.toDataURL(totpUri(user.username, secret), { margin: 1, width: 200 }) };
}

async function challengedUser(db: Db, challenge: string, kinds: ChallengeKind[], now: Date) {
  const c = await findChallenge(db, challenge, kinds, now);
  if (!c) return null;
  const user = await db.user.findUnique({ where: { id: c.userId }, select: { id: true, username: true, active: true, lockedUntil: true, sessionVersion: true, totpSecretEnc: true } });
  // A session-version bump since the password step (deactivation, role change…) voids the challenge.
  if (!user || !user.active || user.sessionVersion !== c.sessionVersion) return null;
  return { c, user };
}

/**
 * The code step of a sign-in (also the last step after enrolment, kind "done"). A wrong code counts
 * toward the same lockout as a wrong password, so six digits cannot be guessed at leisure; it leaves
 * the challenge open for another try. A right code spends it: it never opens a second session.
 */
export async function completeSecondStep(db: Db, input: { challenge: string; code?: string }, meta: RequestMeta, now: Date): Promise<AuthenticateResult> {
  const found = await challengedUser(db, input.challenge, ["totp", "done"], now);
  if (!found) return { ok: false, reason: "invalid" };
  const { c, user } = found;
  if (user.lockedUntil && user.lockedUntil > now) return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };
  if (c.kind === "done") {
    return (await spendChallenge(db, c.id, now)) ? { ok: true, userId: user.id, sessionVersion: user.sessionVersion } : { ok: false, reason: "invalid" };
  }
  if (!(await consumeSecondFactor(db, user.id, input.code ?? "", now))) {
    const result = await registerFailure(db, user.id, user.username, meta, now);
    return result.ok === false && result.reason === "locked" ? result : { ok: false, reason: "invalid" };
  }
  if (!(await spendChallenge(db, c.id, now))) return { ok: false, reason: "invalid" };
  const kind = isAuthenticatorCode((input.code ?? "").trim()) ? "authenticator code" : "recovery code";
  await recordSecurityEvent(db, { type: "SIGN_IN_SUCCESS", userId: user.id, username: user.username, detail: `second factor accepted (${kind})` }, meta);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/**
 * First-time enrolment: the first code must match the secret the challenge carries; then the secret
 * is stored (encrypted), ten recovery codes are made, and a "done" challenge (a new nonce for the
 * same browser) finishes the sign-in. The enrolment challenge is spent in the same transaction, and
 * the conditional update refuses a second enrolment racing the first.
 */
export async function enrolTwoFactor(db: Db, input: { challenge: string; code: string }, meta: RequestMeta, now: Date): Promise<{ ok: true; recoveryCodes: string[]; challenge: string } | { ok: false }> {
  const found = await challengedUser(db, input.challenge, ["enrol"], now);
  if (!found?.c.secretEnc || found.user.totpSecretEnc) return { ok: false };
  const { c, user } = found;
  const secretEnc = c.secretEnc!;
  const step = await matchTotp(decryptSecret(secretEnc), input.code.trim(), now);
  if (step === null) return { ok: false };
  return db.$transaction(async (tx) => {
    if (!(await spendChallenge(tx, c.id, now))) return { ok: false as const };
    const { count } = await tx.user.updateMany({ where: { id: user.id, totpSecretEnc: null }, data: { totpSecretEnc: secretEnc, totpEnabledAt: now, totpLastStep: step } });
    if (count !== 1) return { ok: false as const };
    const recoveryCodes = await replaceRecoveryCodes(tx, user.id);
    await recordSecurityEvent(tx, { type: "SIGN_IN_SUCCESS", userId: user.id, username: user.username, detail: "two-factor enrolled" }, meta);
    const challenge = await openChallenge(tx, { kind: "done", userId: user.id, sessionVersion: user.sessionVersion }, now);
    return { ok: true as const, recoveryCodes, challenge };
  });
}
