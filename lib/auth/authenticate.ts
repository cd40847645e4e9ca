import type { Db } from "@/lib/db/client";
import { verifyPassword, dummyPasswordHash } from "@/lib/auth/password";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import { recordSecurityEvent, type RequestMeta } from "@/lib/auth/security-log";
import { requiresTwoFactor } from "@/lib/auth/two-factor/totp";
import { refundSignIn, signInLimits, throttleAddress, throttleUsername, type SignInLimits, type SignInLimitScope, type SignInThrottle } from "@/lib/auth/sign-in-limits";
import { registerUnknownFailure, unknownUserLockedUntil } from "@/lib/auth/unknown-user-lockout";

export type AuthenticateResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; lockedUntil: Date }
  | { ok: false; reason: "inactive" }
  | { ok: false; reason: "rate-limited"; scope: SignInLimitScope; retryAfterSeconds: number };

/**
 * The username as stored: trimmed, lower case. Control characters (which no username has) become
 * U+FFFD, so a hostile attempt is refused and logged like any unknown name, instead of failing in
 * PostgreSQL (which refuses a NUL in text) with an error.
 */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase().replace(/[\u0000-\u001F\u007F]/g, "\uFFFD");
}

/**
 * Checks a username and password, applies the lockout rule and writes the security log.
 *
 * The counters live in the database, not in process memory, so the rule holds across every app
 * instance behind a load balancer. The increment is a single atomic UPDATE, so parallel guesses
 * cannot slip past the threshold. A locked account is refused without checking the password, so
 * guessing cannot continue during the lock.
 */
export async function authenticate(
  db: Db,
  input: { username: string; password: string },
  meta: RequestMeta,
  now: Date = new Date(),
  limits: SignInLimits = signInLimits(),
): Promise<AuthenticateResult> {
  const username = normalizeUsername(input.username);
  const byAddress = await throttleAddress(db, meta.ip, limits, now);
  if (byAddress) return refuseThrottled(db, byAddress, username, meta);
  const user = await db.user.findUnique({
    where: { username },
    select: { id: true, passwordHash: true, active: true, lockedUntil: true, sessionVersion: true, role: true },
  });

  // Known or not, a username is locked the same way and says so the same way (unknown-user-lockout.ts).
  const lockedUntil = user ? (user.lockedUntil && user.lockedUntil > now ? user.lockedUntil : null) : await unknownUserLockedUntil(db, username, now);
  if (lockedUntil) {
    await recordSecurityEvent(db, { type: "SIGN_IN_LOCKED", username, userId: user?.id ?? null, detail: user ? undefined : "unknown username" }, meta);
    return { ok: false, reason: "locked", lockedUntil };
  }

  // After the lock check, so that a locked account keeps answering "locked" rather than "too many".
  const byUsername = await throttleUsername(db, username, limits, now);
  if (byUsername) return refuseThrottled(db, byUsername, username, meta);

  if (!user) {
    // Same cost as a real check: a missing account must not answer faster than a wrong password.
    await verifyPassword(await dummyPasswordHash(), input.password);
    return registerUnknownFailure(db, username, meta, now);
  }

  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk) return registerFailure(db, user.id, username, meta, now);
  await refundSignIn(db, meta.ip, username);

  if (!user.active) {
    // Told only after a correct password, so the account's state is not revealed to guessers.
    await recordSecurityEvent(db, { type: "SIGN_IN_INACTIVE", username, userId: user.id }, meta);
    return { ok: false, reason: "inactive" };
  }

  await db.$transaction([
    db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } }),
    db.securityEvent.create({
      // For roles with two-factor sign-in the password is only the first step (lib/auth/two-factor/sign-in.ts).
      data: { type: "SIGN_IN_SUCCESS", username, userId: user.id, ip: meta.ip, userAgent: meta.userAgent, detail: requiresTwoFactor(user.role) ? "password accepted; second factor pending" : null },
    }),
  ]);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/** Counts a failed attempt (a wrong password or a wrong second-factor code) toward the lockout. */
export async function registerFailure(db: Db, userId: string, username: string, meta: RequestMeta, now: Date): Promise<AuthenticateResult> {
  return db.$transaction(async (tx) => {
    const { failedLoginCount } = await tx.user.update({
      where: { id: userId },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    await tx.securityEvent.create({
      data: { type: "SIGN_IN_FAILURE", username, userId, ip: meta.ip, userAgent: meta.userAgent, detail: `attempt ${failedLoginCount}` },
    });
    if (failedLoginCount < SIGN_IN_POLICY.maxFailedAttempts) return { ok: false as const, reason: "invalid" as const };

    const lockedUntil = new Date(now.getTime() + SIGN_IN_POLICY.lockMinutes * 60_000);
    await tx.user.update({ where: { id: userId }, data: { lockedUntil, failedLoginCount: 0 } });
    await tx.securityEvent.create({
      data: { type: "ACCOUNT_LOCKED", username, userId, ip: meta.ip, userAgent: meta.userAgent, detail: `until ${lockedUntil.toISOString()}` },
    });
    return { ok: false as const, reason: "locked" as const, lockedUntil };
  });
}

/** Refuses an attempt over a sign-in limit; the first refusal of a window is logged. */
async function refuseThrottled(db: Db, throttle: SignInThrottle, username: string, meta: RequestMeta): Promise<AuthenticateResult> {
  if (throttle.firstRefusal) await recordSecurityEvent(db, { type: "SIGN_IN_FAILURE", username, detail: `rate limited per ${throttle.scope}` }, meta);
  return { ok: false, reason: "rate-limited", scope: throttle.scope, retryAfterSeconds: throttle.retryAfterSeconds };
}
