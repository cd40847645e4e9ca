import "server-only";
import { randomUUID } from "node:crypto";
import type { ZodError } from "zod";
import { isDatabaseMarkedDown, noteDatabaseError, RETRY_AFTER_SECONDS } from "@/lib/db/availability";
import { env } from "@/lib/server/env";
import { httpStatus, isAppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import { acceptRequestId, runWithRequestId } from "@/lib/http/request-context";
import { loggerFor, REQUEST_ID_HEADER } from "@/lib/server/log";
import { isUnusableUrl } from "@/lib/validation/url";

/** The one error shape of /api/v1: { error: { code, message, field?, system?, kind? } }. */
export function apiError(status: number, code: string, message: string, field?: string, extra: { body?: Record<string, string>; headers?: Record<string, string> } = {}): Response {
  return Response.json({ error: { code, message, ...(field ? { field } : {}), ...extra.body } }, { status, headers: { "Cache-Control": "no-store", ...extra.headers } });
}

export function zodError(error: ZodError): Response {
  const issue = error.issues[0]!;
  const field = issue.path.join(".") || undefined;
  return apiError(400, "INVALID_INPUT", `${field ?? "body"}: ${issue.message}`, field);
}

/** 503 while the database is unreachable: the caller may retry; nothing was done. */
export function databaseUnavailable(): Response {
  const response = apiError(503, "DATABASE_UNAVAILABLE", messages.errors.DATABASE_UNAVAILABLE);
  response.headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return response;
}

/** Maps a use-case error to a response; anything unexpected is logged with a correlation id. */
export function errorResponse(error: unknown, requestId: string | null): Response {
  if (noteDatabaseError(error)) return databaseUnavailable();
  if (isAppError(error)) {
    const [field, message] = Object.entries(error.fieldErrors ?? {})[0] ?? [];
    // A national system failed: the caller's system is told which, how, and when to try again.
    const upstream = error.upstream
      ? { body: { system: error.upstream.system, kind: error.upstream.kind }, headers: { "Retry-After": String(Math.ceil(env().upstream.breakerCoolDownMs / 1000)) } }
      : {};
    const response = apiError(httpStatus(error.code), error.code, message ?? error.message, field, upstream);
    if (error.retryAfterSeconds !== undefined) response.headers.set("Retry-After", String(error.retryAfterSeconds));
    return response;
  }
  const correlationId = randomUUID().slice(0, 8);
  loggerFor(requestId).error({ err: error, correlationId }, "unexpected error in /api/v1");
  return apiError(500, "INTERNAL", `unexpected error (correlation id ${correlationId})`);
}

/**
 * A /api/v1 route handler with the request id every log line and answer carries: the caller's
 * `x-request-id` when well-formed, or a new one. (The proxy does this for pages; /api/v1 is outside it, so that the
 * system API's hot path skips the proxy's per-request work.)
 */
export function apiRoute<A extends unknown[]>(handler: (request: Request, requestId: string, ...rest: A) => Promise<Response> | Response) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const requestId = acceptRequestId(request.headers.get(REQUEST_ID_HEADER));
    let response: Response;
    try {
      // A NUL byte, or a path that is not UTF-8: 400 before the handler runs (lib/validation/url.ts).
      // While the database is known down, answer at once instead of waiting for a connection timeout.
      if (isUnusableUrl(request.url)) response = apiError(400, "INVALID_INPUT", "the URL contains a NUL byte or is not UTF-8");
      // The handler runs as part of this request: its access-log rows and national-system calls carry the id.
      else response = isDatabaseMarkedDown() ? databaseUnavailable() : await runWithRequestId(requestId, () => handler(request, requestId, ...rest));
    } catch (error) {
      response = errorResponse(error, requestId);
    }
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  };
}
