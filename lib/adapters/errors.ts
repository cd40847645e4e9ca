import { SYSTEM_IDS, type SystemId } from "@/lib/adapters/systems";

/**
 * Typed failures of the national systems. Adapters throw only these; the UI turns each into a
 * Vietnamese message naming the system and what to do (lib/errors/upstream-messages.ts), and the access
 * log records the kind.
 */
export const UPSTREAM_ERROR_KINDS = [
  "timeout", // no answer in time
  "unavailable", // connection refused, 5xx
  "bad_response", // an answer that does not match the documented schema
  "circuit_open", // not called: the circuit breaker is open after repeated failures
  "refused", // the system said no: missing/expired grant, bad credential, bad request
] as const;
export type UpstreamErrorKind = (typeof UPSTREAM_ERROR_KINDS)[number];

/**
 * The brand that tells an UpstreamError apart. Not `instanceof`: `next dev` may load this module more
 * than once (a server action's bundle, a page's, an adapter kept on globalThis across reloads), and
 * an error made by one copy of the class is not an instance of another copy. A string survives that.
 */
const UPSTREAM_BRAND = "ho-tich.UpstreamError";

export class UpstreamError extends Error {
  readonly brand = UPSTREAM_BRAND;
  readonly system: SystemId;
  readonly kind: UpstreamErrorKind;
  /** The system's own error code when it gave one (e.g. GRANT_REQUIRED). */
  readonly upstreamCode?: string;

  constructor(system: SystemId, kind: UpstreamErrorKind, message: string, options: { upstreamCode?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "UpstreamError";
    this.system = system;
    this.kind = kind;
    this.upstreamCode = options.upstreamCode;
  }
}

/** Whether `e` is an UpstreamError from any copy of this module (by brand, system and kind). */
export function isUpstreamError(e: unknown): e is UpstreamError {
  if (typeof e !== "object" || e === null) return false;
  const candidate = e as { brand?: unknown; system?: unknown; kind?: unknown };
  return (
    candidate.brand === UPSTREAM_BRAND &&
    (SYSTEM_IDS as readonly unknown[]).includes(candidate.system) &&
    (UPSTREAM_ERROR_KINDS as readonly unknown[]).includes(candidate.kind)
  );
}

export type BreakerState = "closed" | "open" | "half_open";

/** What /api/health and the monitoring page show for one system. */
export type SystemHealth = { ok: boolean; latencyMs: number | null; breaker: BreakerState; mode: "in-process" | "http"; error?: UpstreamErrorKind };
