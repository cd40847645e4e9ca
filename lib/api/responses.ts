import "server-only";
import { randomUUID } from "node:crypto";
import type { ZodError } from "zod";
import { httpStatus, isAppError } from "@/lib/errors";
import { loggerFor, REQUEST_ID_HEADER } from "@/lib/log";
import { isUnusableUrl } from "@/lib/validation/url";

/** The one error shape of /api/v1: { error: { code, message, field? } }. */
export function apiError(status: number, code: string, message: string, field?: string): Response {
  return Response.json({ error: { code, message, ...(field ? { field } : {}) } }, { status, headers: { "Cache-Control": "no-store" } });
}

export function zodError(error: ZodError): Response {
  const issue = error.issues[0]!;
  const field = issue.path.join(".") || undefined;
  return apiError(400, "INVALID_INPUT", `${field ?? "body"}: ${issue.message}`, field);
}

/** Maps a use-case error to a response; anything unexpected is logged with a correlation id. */
export function errorResponse(error: unknown, requestId: string | null): Response {
  if (isAppError(error)) {
    const [field, message] = Object.entries(error.fieldErrors ?? {})[0] ?? [];
    return apiError(httpStatus(error.code), error.code, message ?? error.message, field);
  }
  const correlationId = randomUUID().slice(0, 8);
  loggerFor(requestId).error({ err: error, correlationId }, "unexpected error in /api/v1");
  return apiError(500, "INTERNAL", `unexpected error (correlation id ${correlationId})`);
}

/**
 * A /api/v1 route handler with the request id every log line and answer carries: the caller's
 * `x-request-id`, or a new one. (The proxy does this for pages; /api/v1 is outside it, so that the
 * system API's hot path skips the proxy's per-request work.)
 */
export function apiRoute<A extends unknown[]>(handler: (request: Request, requestId: string, ...rest: A) => Promise<Response> | Response) {
  return async (request: Request, ...rest: A): Promise<Response> => {
    const requestId = request.headers.get(REQUEST_ID_HEADER) || randomUUID();
    // A NUL byte, or a path that is not UTF-8: 400 before the handler runs (lib/validation/url.ts).
    const response = isUnusableUrl(request.url) ? apiError(400, "INVALID_INPUT", "the URL contains a NUL byte or is not UTF-8") : await handler(request, requestId, ...rest);
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  };
}
