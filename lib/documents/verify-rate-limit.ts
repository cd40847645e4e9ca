import "server-only";
import type { Deps } from "@/lib/server/deps";
import { apiError } from "@/lib/api/responses";
import { clientAddress } from "@/lib/http/request-address";
import { consumeRateLimit, type RateLimit, type RateLimitDecision } from "@/lib/security/rate-limit";

/**
 * The public verification page and API share one limit per client address: generous for people
 * scanning papers at a counter, useless for anyone trying codes by the thousand (who would need
 * 2^96 tries anyway; the limit mostly keeps the database out of reach of a flood).
 */
export const VERIFY_RATE_LIMIT: RateLimit = { limit: 30, windowSeconds: 60 };

/** Counts one verification by the client behind `headers` against VERIFY_RATE_LIMIT. */
export function consumeVerifyRateLimit(headers: Headers, deps?: Deps): Promise<RateLimitDecision> {
  return consumeRateLimit(`verify:${clientAddress(headers)}`, VERIFY_RATE_LIMIT, deps);
}

/** For the public API: null when the call may go on, else the 429 answer with its Retry-After. */
export async function verifyRateLimitResponse(headers: Headers, deps?: Deps): Promise<Response | null> {
  const limit = await consumeVerifyRateLimit(headers, deps);
  if (limit.allowed) return null;
  return apiError(429, "RATE_LIMITED", `too many verifications; retry after ${limit.retryAfterSeconds} s`, undefined, { headers: { "Retry-After": String(limit.retryAfterSeconds) } });
}
