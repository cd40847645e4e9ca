import { createHmac } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { readCallbackSecret } from "@/lib/api-callbacks/callback-secret";

export const DEFAULT_MAX_ATTEMPTS = 10;
export const DEFAULT_TIMEOUT_MS = 10_000;
const BATCH = 20;

/** `sha256=<hex HMAC-SHA256 of the exact body with the client's callback secret>`, the X-Signature header. */
export function signCallback(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Wait before attempt n+1 after n failed ones: 30 s, 1 min, 2 min … at most an hour. */
export function backoffMs(failedAttempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, failedAttempts - 1), 3_600_000);
}

type Options = { now?: Date; fetch?: typeof fetch; timeoutMs?: number; maxAttempts?: number };
type Attempt = { ok: true } | { ok: false; retry: boolean; error: string };

async function post(url: string, body: string, headers: Record<string, string>, o: Required<Pick<Options, "fetch" | "timeoutMs">>): Promise<Attempt> {
  try {
    const response = await o.fetch(url, { method: "POST", body, headers, redirect: "manual", signal: AbortSignal.timeout(o.timeoutMs) });
    await response.body?.cancel().catch(() => {});
    if (response.ok) return { ok: true };
    // The receiver refused this very body (a 4xx): sending it again changes nothing, except for a
    // timeout or a rate limit of its own.
    const retry = response.status >= 500 || response.status === 408 || response.status === 429 || (response.status >= 300 && response.status < 400);
    return { ok: false, retry, error: `HTTP ${response.status}` };
  } catch (error) {
    const e = error as Error;
    return { ok: false, retry: true, error: e.name === "TimeoutError" ? `timeout after ${o.timeoutMs} ms` : `${e.name}: ${e.message}`.slice(0, 300) };
  }
}

/**
 * Sends the callbacks that are due (one batch, oldest first): each POSTs its stored body with
 * `X-Signature` and `X-Event-Id` (the row's id: a receiver that sees it twice may ignore it).
 * A 2xx delivers it; a 5xx, a timeout or a network failure retries it after backoffMs; a 4xx, the
 * last attempt, or a client that lost its URL or was revoked, marks it FAILED. A request's callbacks
 * go out in order: one waits while an earlier one of the same request is still pending.
 * Each row is updated only from the state it was read in, so two senders never both count an attempt.
 */
export async function deliverDueCallbacks(db: Db, options: Options = {}): Promise<{ delivered: number; retried: number; failed: number }> {
  const now = options.now ?? new Date();
  const o = { fetch: options.fetch ?? fetch, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS };
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const due = await db.apiCallback.findMany({
    where: { state: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { createdAt: "asc" },
    take: BATCH,
    select: { id: true, requestId: true, body: true, attempts: true, createdAt: true, apiClient: { select: { callbackUrl: true, callbackSecret: true, active: true, revokedAt: true } } },
  });
  const tally = { delivered: 0, retried: 0, failed: 0 };
  const held = new Set<string>();
  for (const row of due) {
    if (held.has(row.requestId)) continue;
    const earlier = await db.apiCallback.findFirst({ where: { requestId: row.requestId, state: "PENDING", createdAt: { lt: row.createdAt } }, select: { id: true } });
    if (earlier) continue;
    const client = row.apiClient;
    const mark = (data: { state: "DELIVERED" | "FAILED" | "PENDING"; attempts: number; lastError?: string | null; nextAttemptAt?: Date; deliveredAt?: Date }) =>
      db.apiCallback.updateMany({ where: { id: row.id, state: "PENDING", attempts: row.attempts }, data });
    if (!client.callbackUrl || !client.callbackSecret || !client.active || client.revokedAt) {
      await mark({ state: "FAILED", attempts: row.attempts, lastError: "the client has no callback URL any more, or was revoked" });
      tally.failed++;
      continue;
    }
    const headers = { "Content-Type": "application/json", "X-Signature": signCallback(readCallbackSecret(client.callbackSecret), row.body), "X-Event-Id": row.id, "User-Agent": "ho-tich-gia-lai-callbacks/1" };
    const attempt = await post(client.callbackUrl, row.body, headers, o);
    const attempts = row.attempts + 1;
    if (attempt.ok) {
      await mark({ state: "DELIVERED", attempts, lastError: null, deliveredAt: new Date() });
      tally.delivered++;
    } else if (!attempt.retry || attempts >= maxAttempts) {
      await mark({ state: "FAILED", attempts, lastError: attempt.error });
      tally.failed++;
      // A later change of the same request may go: the receiver reads the status when in doubt.
    } else {
      await mark({ state: "PENDING", attempts, lastError: attempt.error, nextAttemptAt: new Date(now.getTime() + backoffMs(attempts)) });
      held.add(row.requestId);
      tally.retried++;
    }
  }
  return tally;
}
