import type { Db } from "@/lib/db/client";
import { env } from "@/lib/server/env";
import { consumeRateLimit, refundRateLimit, type RateLimit } from "@/lib/security/rate-limit";

// Sign-in attempts are limited per client address (one address trying many accounts) and per
// username (many addresses trying one account), besides the lockout: the lockout stops a slow guesser
// after 5 misses, the limits stop a fast or distributed one before the password hash is even computed.
// Counted in the database (rate_limit_buckets), so the limits hold across app instances.

export type SignInLimits = { perAddress: RateLimit; perUsername: RateLimit };
export type SignInLimitScope = "address" | "username";
export type SignInThrottle = { scope: SignInLimitScope; retryAfterSeconds: number; firstRefusal: boolean };

/** This deployment's limits (SIGN_IN_LIMIT_PER_ADDRESS, SIGN_IN_LIMIT_PER_USERNAME, per minute). */
export function signInLimits(): SignInLimits {
  const { limits } = env();
  return { perAddress: { limit: limits.signInPerAddress, windowSeconds: 60 }, perUsername: { limit: limits.signInPerUsername, windowSeconds: 60 } };
}

const addressKey = (ip: string | null) => `sign-in:address:${ip ?? "unknown"}`;
const usernameKey = (username: string) => `sign-in:username:${username}`;

async function consume(db: Db, scope: SignInLimitScope, key: string, rule: RateLimit, now: Date): Promise<SignInThrottle | null> {
  const decision = await consumeRateLimit(key, rule, { db, now });
  if (decision.allowed) return null;
  // Only the first refusal of a window goes to the security log: a flood must not flood the log too.
  return { scope, retryAfterSeconds: decision.retryAfterSeconds, firstRefusal: decision.count === rule.limit + 1 };
}

/** Counts one attempt from `ip`; the refusal when the address is over its limit. */
export function throttleAddress(db: Db, ip: string | null, limits: SignInLimits, now: Date): Promise<SignInThrottle | null> {
  return consume(db, "address", addressKey(ip), limits.perAddress, now);
}

/** Counts one attempt at `username` (normalized; known or not, alike); the refusal when over its limit. */
export function throttleUsername(db: Db, username: string, limits: SignInLimits, now: Date): Promise<SignInThrottle | null> {
  return consume(db, "username", usernameKey(username), limits.perUsername, now);
}

/**
 * A right password takes its attempt back: the limits are for guessers, and a whole commune office
 * signing in at 7:30 behind one NAT address must not lock itself out.
 */
export async function refundSignIn(db: Db, ip: string | null, username: string): Promise<void> {
  await refundRateLimit(addressKey(ip), { db });
  await refundRateLimit(usernameKey(username), { db });
}
