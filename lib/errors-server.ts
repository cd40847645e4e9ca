import "server-only";
import { randomUUID } from "node:crypto";
import { isAppError } from "@/lib/errors";
import { requestLogger } from "@/lib/log";
import { messages } from "@/lib/messages";

export type ActionError = { error: string; fieldErrors?: Record<string, string> };

/**
 * Turns any error from a use case into what a form may show: an AppError's Vietnamese message and
 * field errors, or — for anything unexpected — one generic message with a correlation id that is
 * also in the log line (formbricks' handleServerError habit).
 */
export async function toActionError(error: unknown): Promise<ActionError> {
  if (isAppError(error)) return { error: error.userMessage, fieldErrors: error.fieldErrors };
  const correlationId = randomUUID().slice(0, 8);
  (await requestLogger()).error({ err: error, correlationId }, "unexpected error in a server action");
  return { error: `${messages.errors.INTERNAL} (Mã lỗi: ${correlationId})` };
}
