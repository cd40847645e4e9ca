import "server-only";
import { resolveDeps, type Deps } from "@/lib/server/deps";

// Fixed-window rate limits kept in the database (rate_limit_buckets), so a limit holds however many
// app instances serve the traffic: a counter in process memory would multiply the limit by the
// number of instances and reset on every deploy.

export type RateLimit = { limit: number; windowSeconds: number };
export type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number; remaining: number; /** Hits in this window, this one included. */ count: number };

/** Buckets older than this are deleted now and then, so the table does not grow with every IP seen (windows up to a day). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
const PURGE_PROBABILITY = 0.01;

/**
 * Counts one hit on `key` and says whether it is within `limit` hits per `windowSeconds`.
 *
 * One statement, atomic under concurrency: INSERT … ON CONFLICT DO UPDATE takes the row lock, so
 * simultaneous hits from any number of instances queue on the row and each sees its own count;
 * a window that has run out is reset to start at this hit. Time is the app's clock (deps.now),
 * which servers keep in sync; the hit that opens a window fixes it for everyone.
 */
export async function consumeRateLimit(key: string, { limit, windowSeconds }: RateLimit, deps: Deps = {}): Promise<RateLimitDecision> {
  const { db, now } = resolveDeps(deps);
  const expiredBefore = new Date(now.getTime() - windowSeconds * 1000);
  const [row] = await db.$queryRaw<{ windowStart: Date; count: number }[]>`
    INSERT INTO "rate_limit_buckets" ("key", "windowStart", "count") VALUES (${key}, ${now}, 1)
    ON CONFLICT ("key") DO UPDATE SET
      "windowStart" = CASE WHEN "rate_limit_buckets"."windowStart" <= ${expiredBefore} THEN EXCLUDED."windowStart" ELSE "rate_limit_buckets"."windowStart" END,
      "count" = CASE WHEN "rate_limit_buckets"."windowStart" <= ${expiredBefore} THEN 1 ELSE "rate_limit_buckets"."count" + 1 END
    RETURNING "windowStart", "count"`;
  if (!row) throw new Error("rate limit upsert returned no row");
  if (Math.random() < PURGE_PROBABILITY) await purgeStaleRateLimits({ db, now });
  return rateLimitDecision(Number(row.count), row.windowStart, { limit, windowSeconds }, now);
}

/** The decision for a bucket that now holds `count` hits in the window that started at `windowStart`. */
export function rateLimitDecision(count: number, windowStart: Date, { limit, windowSeconds }: RateLimit, now: Date): RateLimitDecision {
  const allowed = count <= limit;
  const windowEnds = windowStart.getTime() + windowSeconds * 1000;
  return {
    allowed,
    retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((windowEnds - now.getTime()) / 1000)),
    remaining: Math.max(0, limit - count),
    count,
  };
}

/** Takes back one hit on `key` (a sign-in that turned out right need not count against its office's address). */
export async function refundRateLimit(key: string, deps: Deps = {}): Promise<void> {
  const { db } = resolveDeps(deps);
  await db.$executeRaw`UPDATE "rate_limit_buckets" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

/** Deletes buckets whose window started more than a day ago (none of them limits anything any more). */
export async function purgeStaleRateLimits(deps: Deps = {}): Promise<number> {
  const { db, now } = resolveDeps(deps);
  return db.$executeRaw`DELETE FROM "rate_limit_buckets" WHERE "windowStart" < ${new Date(now.getTime() - STALE_AFTER_MS)}`;
}
