/**
 * Typed failures of the national systems. Adapters throw only these; the UI turns each kind into a
 * Vietnamese message (lib/messages.ts `upstream`), and the access log records the kind.
 */
export type UpstreamErrorKind =
  | "timeout" // no answer in time
  | "unavailable" // connection refused, 5xx, or the circuit breaker is open
  | "bad_response" // an answer that does not match the documented schema
  | "refused"; // the system said no: missing/expired grant, bad credential, bad request

export type UpstreamSystem = "civilRegistry" | "population";

export class UpstreamError extends Error {
  readonly system: UpstreamSystem;
  readonly kind: UpstreamErrorKind;
  /** The system's own error code when it gave one (e.g. GRANT_REQUIRED). */
  readonly upstreamCode?: string;

  constructor(system: UpstreamSystem, kind: UpstreamErrorKind, message: string, options: { upstreamCode?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "UpstreamError";
    this.system = system;
    this.kind = kind;
    this.upstreamCode = options.upstreamCode;
  }
}

export function isUpstreamError(e: unknown): e is UpstreamError {
  return e instanceof UpstreamError;
}

export type BreakerState = "closed" | "open" | "half_open";

/** What /api/health and the monitoring page show for one system. */
export type SystemHealth = { ok: boolean; latencyMs: number | null; breaker: BreakerState; mode: "in-process" | "http"; error?: UpstreamErrorKind };
