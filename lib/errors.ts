import type { UpstreamErrorKind, UpstreamSystem } from "@/lib/adapters/errors";
import { messages } from "@/lib/messages";

export type AppErrorCode =
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UPSTREAM_UNAVAILABLE"
  | "INTERNAL";

const APP_ERROR_CODES: readonly AppErrorCode[] = ["NOT_FOUND", "UNAUTHENTICATED", "INVALID_INPUT", "CONFLICT", "RATE_LIMITED", "UPSTREAM_UNAVAILABLE", "INTERNAL"];

type AppErrorOptions = {
  message?: string;
  userMessage?: string;
  fieldErrors?: Record<string, string>;
  /** The national system that failed, and how (UPSTREAM_UNAVAILABLE). */
  upstream?: { system: UpstreamSystem; kind: UpstreamErrorKind };
};

/**
 * The brand that tells an AppError apart. Not `instanceof`: under `next dev` a use case and the page
 * or action that catches its error may hold different copies of this class (see lib/adapters/errors.ts).
 */
const APP_ERROR_BRAND = "ho-tich.AppError";

/**
 * An error with a code, an internal message for the logs and a Vietnamese message for people.
 * Out-of-scope resources raise NOT_FOUND on purpose: a foreign id must look exactly like a missing one.
 */
export class AppError extends Error {
  readonly brand = APP_ERROR_BRAND;
  readonly code: AppErrorCode;
  readonly userMessage: string;
  readonly fieldErrors?: Record<string, string>;
  readonly upstream?: { system: UpstreamSystem; kind: UpstreamErrorKind };

  constructor(code: AppErrorCode, opts: AppErrorOptions = {}) {
    super(opts.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.userMessage = opts.userMessage ?? messages.errors[code];
    this.fieldErrors = opts.fieldErrors;
    this.upstream = opts.upstream;
  }
}

export const notFound = (message?: string) => new AppError("NOT_FOUND", { message });

/** Whether `e` is an AppError from any copy of this module (by brand and code). */
export function isAppError(e: unknown): e is AppError {
  if (typeof e !== "object" || e === null) return false;
  const candidate = e as { brand?: unknown; code?: unknown; userMessage?: unknown };
  return candidate.brand === APP_ERROR_BRAND && APP_ERROR_CODES.includes(candidate.code as AppErrorCode) && typeof candidate.userMessage === "string";
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
