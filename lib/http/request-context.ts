import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The request being served, for code far below the handler that must name it without every use
 * case passing it along: the access-log row records its id, and the calls to the national systems
 * carry it (x-request-id), so that one request can be followed from the caller's log through the
 * portal's log and access log to the national system's log.
 */
type RequestContext = { requestId: string };

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` (and everything it awaits) as part of the request with this id. */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/** The id of the request being served, or null outside one (background jobs, scripts, tests). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/**
 * The caller's request id when it is a plausible one, else a new one: the id is written to the
 * access log and sent on to the national systems, so a caller cannot put kilobytes or control
 * characters there.
 */
export function acceptRequestId(given: string | null | undefined): string {
  return given && /^[A-Za-z0-9._:-]{1,128}$/.test(given) ? given : crypto.randomUUID();
}
