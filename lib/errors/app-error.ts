import type { UpstreamErrorKind } from "@/lib/adapters/errors";
import type { SystemId } from "@/lib/adapters/systems";
import { messages } from "@/lib/text/messages";

export type AppErrorCode =
  | "NOT_FOUND"
  | "UNAUTHENTICATED"
  | "INVALID_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "UPSTREAM_UNAVAILABLE"
  | "INTERNAL";

const APP_ERROR_CODES: readonly AppErrorCode[] = ["NOT_FOUND", "UNAUTHENTICATED", "INVALID_INPUT", "CONFLICT", "RATE_LIMITED", "UPSTREAM_UNAVAILABLE", "INTERNAL"];

/**
 * Why a look at citizens' data was refused before any national system answered it; the access log
 * records it as the REFUSED row's errorKind.
 */
export type RefusalReason =
  | "out_of_jurisdiction" // the unit is outside the requester's reach (or does not exist)
  | "procedure_unknown" // the dossier's procedure is not an active one of the catalogue
  | "papers_not_in_procedure" // papers said to be replaced that the procedure does not ask for
  | "dossier_other_procedure" // the unit's dossier of that code belongs to another procedure
  | "purpose"; // an agency-request purpose that does not hold (the first reason logged, kept as is)

type AppErrorOptions = {
  message?: string;
  userMessage?: string;
  fieldErrors?: Record<string, string>;
  /** The national system that failed, and how (UPSTREAM_UNAVAILABLE). */
  upstream?: { system: SystemId; kind: UpstreamErrorKind };
  /** A refused look: why, for the access log. */
  refusal?: RefusalReason;
  /** RATE_LIMITED: when the caller may try again (the Retry-After header). */
  retryAfterSeconds?: number;
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
  readonly upstream?: { system: SystemId; kind: UpstreamErrorKind };
  readonly refusal?: RefusalReason;
  /** RATE_LIMITED: when the caller may try again (the Retry-After header). */
  readonly retryAfterSeconds?: number;

  constructor(code: AppErrorCode, opts: AppErrorOptions = {}) {
    super(opts.message ?? code);
    this.name = "AppError";
    this.code = code;
    this.userMessage = opts.userMessage ?? messages.errors[code];
    this.fieldErrors = opts.fieldErrors;
    this.upstream = opts.upstream;
    this.refusal = opts.refusal;
    this.retryAfterSeconds = opts.retryAfterSeconds;
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
