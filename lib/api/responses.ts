import "server-only";
import { randomUUID } from "node:crypto";
import type { ZodError } from "zod";
import { httpStatus, isAppError } from "@/lib/errors";
import { loggerFor } from "@/lib/log";

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
