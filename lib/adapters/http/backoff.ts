/**
 * Retry delays: exponential backoff with "full jitter" (a random delay between 0 and the exponential
 * cap). Jitter matters here because every portal instance retries the same national system at the
 * same moment after a blip; without it their retries arrive in synchronised waves and keep it down.
 */
export type BackoffOptions = {
  /** Cap of the first retry's delay, in ms. */
  baseMs: number;
  /** No delay ever exceeds this, however many attempts. */
  maxMs: number;
};

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 100, maxMs: 2_000 };

/**
 * The delay before retry number `retry` (0 for the first retry): uniform in
 * [0, min(maxMs, baseMs · 2^retry)). `random` is injectable so tests can pin it.
 */
export function backoffDelay(retry: number, options: BackoffOptions = DEFAULT_BACKOFF, random: () => number = Math.random): number {
  const cap = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, retry));
  return Math.floor(random() * cap);
}

/** A cancellable-free sleep; injectable in the client so tests run without waiting. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
