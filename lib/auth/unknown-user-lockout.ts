import type { Db } from "@/lib/db/client";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import { recordSecurityEvent, type RequestMeta } from "@/lib/auth/security-log";
import { consumeRateLimit } from "@/lib/security/rate-limit";

// A username nobody has must answer exactly like one somebody has: if five wrong passwords "lock" a
// real account and never an invented one, "locked" tells a guesser which usernames exist. So misses
// on an unknown username are counted too, by the normalized username, in rate_limit_buckets (shared by
// every instance), and five of them "lock" it for the same 15 minutes, with the same answer.

const failuresKey = (username: string) => `sign-in:unknown-failures:${username}`;
const lockKey = (username: string) => `sign-in:unknown-lock:${username}`;
/** A real account's counter has no time limit; a day is as long as any bucket lives (lib/security/rate-limit.ts). */
const FAILURE_MEMORY_SECONDS = 24 * 60 * 60;

/** Until when the unknown `username` is "locked", or null. */
export async function unknownUserLockedUntil(db: Db, username: string, now: Date): Promise<Date | null> {
  const lock = await db.rateLimitBucket.findUnique({ where: { key: lockKey(username) }, select: { windowStart: true } });
  if (!lock) return null;
  const until = new Date(lock.windowStart.getTime() + SIGN_IN_POLICY.lockMinutes * 60_000);
  return until > now ? until : null;
}

/**
 * Counts a miss on an unknown username, like registerFailure for a real account: the fifth one locks
 * it (the counter starts again after) and is logged as a lock; the others as failures.
 */
export async function registerUnknownFailure(
  db: Db,
  username: string,
  meta: RequestMeta,
  now: Date,
): Promise<{ ok: false; reason: "invalid" } | { ok: false; reason: "locked"; lockedUntil: Date }> {
  const misses = await consumeRateLimit(failuresKey(username), { limit: SIGN_IN_POLICY.maxFailedAttempts - 1, windowSeconds: FAILURE_MEMORY_SECONDS }, { db, now });
  await recordSecurityEvent(db, { type: "SIGN_IN_FAILURE", username, detail: `unknown username; attempt ${misses.count}` }, meta);
  if (misses.allowed) return { ok: false, reason: "invalid" };
  const lockedUntil = new Date(now.getTime() + SIGN_IN_POLICY.lockMinutes * 60_000);
  await db.$transaction([
    db.rateLimitBucket.upsert({ where: { key: lockKey(username) }, create: { key: lockKey(username), windowStart: now, count: 1 }, update: { windowStart: now, count: 1 } }),
    db.rateLimitBucket.deleteMany({ where: { key: failuresKey(username) } }),
  ]);
  await recordSecurityEvent(db, { type: "ACCOUNT_LOCKED", username, detail: `until ${lockedUntil.toISOString()}; unknown username` }, meta);
  return { ok: false, reason: "locked", lockedUntil };
}
