import { messages } from "@/lib/messages";

export type AppErrorCode =
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UPSTREAM_UNAVAILABLE"
  | "INTERNAL";

/**
 * An error with a code, an internal message for the logs and a Vietnamese message for people.
 * Out-of-scope resources raise NOT_FOUND on purpose: a foreign id must look exactly like a missing one.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string>;
  /** RATE_LIMITED: when the caller may try again (the Retry-After header). */
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, opts: { message?: string; userMessage?: string; fieldErrors?: Record<string, string>; retryAfterSeconds?: number } = {}) {
    super(opts.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.userMessage = opts.userMessage ?? messages.errors[code];
    this.fieldErrors = opts.fieldErrors;
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }
}

export const notFound = (message?: string) => new AppError("NOT_FOUND", { message });

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** HTTP status for an error code, for route handlers. */
export function httpStatus(code: AppErrorCode): number {
  const map: Record<AppErrorCode, number> = {
    NOT_FOUND: 404,
    UNAUTHENTICATED: 401,
    INVALID_INPUT: 400,
    CONFLICT: 409,
    RATE_LIMITED: 429,
    UPSTREAM_UNAVAILABLE: 503,
    INTERNAL: 500,
  };
  return map[code];
}
