import type { BreakerState } from "@/lib/adapters/errors";

export type BreakerOptions = {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial call is let through. */
  coolDownMs: number;
  /** Injectable clock (ms) so tests can move time without waiting. */
  now?: () => number;
};

export const DEFAULT_BREAKER: BreakerOptions = { failureThreshold: 5, coolDownMs: 30_000 };

/**
 * A circuit breaker per national system. When the system is down, officers should get an immediate
 * "try later" instead of waiting out timeouts and retries on every lookup, and the struggling system
 * should not be hammered while it recovers:
 *
 *   closed --N consecutive failures--> open --cool-down elapsed--> half_open
 *   half_open --trial succeeds--> closed;  half_open --trial fails--> open (fresh cool-down)
 *
 * Only one trial call is in flight while half-open; the others fail fast as if open.
 */
export class CircuitBreaker {
  /** Tells a breaker apart from its options without instanceof (see isCircuitBreaker). */
  readonly isCircuitBreaker = true;
  private readonly options: Required<BreakerOptions>;
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;

  constructor(options: Partial<BreakerOptions> = {}) {
    this.options = { ...DEFAULT_BREAKER, now: Date.now, ...options };
  }

  /** The state now (open turns half_open by itself once the cool-down has passed). */
  get state(): BreakerState {
    if (this.openedAt === null) return "closed";
    return this.options.now() - this.openedAt >= this.options.coolDownMs ? "half_open" : "open";
  }

  /** Consecutive failures counted so far (reset by any success). */
  get consecutiveFailures(): number {
    return this.failures;
  }

  /**
   * Asks to make a call. Returns false when the call must fail fast (open, or half-open with the
   * trial already taken); true otherwise, and the caller must then report onSuccess or onFailure.
   */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === "closed") return true;
    if (state === "open" || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  /** The system answered coherently (a refusal or a 404 counts: the system is up). */
  onSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  /** No answer, a 5xx, or an answer that breaks the contract. */
  onFailure(): void {
    this.failures += 1;
    // A failed trial re-opens at once; a closed circuit opens at the threshold.
    if (this.trialInFlight || this.failures >= this.options.failureThreshold) this.openedAt = this.options.now();
    this.trialInFlight = false;
  }
}

/**
 * Whether `value` is a breaker rather than breaker options. Not `instanceof`: a breaker made by
 * another copy of this module (tests, or `next dev`'s several bundles) is a breaker all the same.
 */
export function isCircuitBreaker(value: unknown): value is CircuitBreaker {
  return typeof value === "object" && value !== null && (value as { isCircuitBreaker?: unknown }).isCircuitBreaker === true;
}
