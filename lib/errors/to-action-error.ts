import "server-only";
import { randomUUID } from "node:crypto";
import { noteDatabaseError } from "@/lib/db/availability";
import { isAppError } from "@/lib/errors/app-error";
import { requestLogger } from "@/lib/server/log";
import { messages } from "@/lib/text/messages";

export type ActionError = { error: string; fieldErrors?: Record<string, string> };

/**
 * Turns any error from a use case into what a form may show: an AppError's Vietnamese message and
 * field errors, or — for anything unexpected — one generic message with a correlation id that is
 * also in the log line (formbricks' handleServerError habit).
 */
export async function toActionError(error: unknown): Promise<ActionError> {
  if (isAppError(error)) return { error: error.userMessage, fieldErrors: error.fieldErrors };
  // Nothing was written (each use case is one transaction): say so, and that it is not the officer's input.
  if (noteDatabaseError(error)) return { error: messages.errors.DATABASE_UNAVAILABLE };
  const correlationId = randomUUID().slice(0, 8);
  (await requestLogger()).error({ err: error, correlationId }, "unexpected error in a server action");
  return { error: `${messages.errors.INTERNAL} (Mã lỗi: ${correlationId})` };
}
