import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { isUpstreamError, UpstreamError } from "@/lib/adapters/errors";
import type { SystemId } from "@/lib/adapters/systems";
import { backoffDelay, DEFAULT_BACKOFF, sleep as realSleep, type BackoffOptions } from "@/lib/adapters/http/backoff";
import { CircuitBreaker, isCircuitBreaker, type BreakerOptions } from "@/lib/adapters/http/breaker";
import { parseBody, statusFailure, transportFailure } from "@/lib/adapters/http/failures";
import { HEADERS } from "@/lib/adapters/http/wire";
import { currentRequestId } from "@/lib/http/request-context";

export type HttpClientOptions = {
  system: SystemId;
  /** The API root, e.g. https://hotich.example.gov.vn/civil-registry/v1 (no trailing slash needed). */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Per attempt, headers and body included. */
  timeoutMs: number;
  /** Extra attempts for idempotent calls after a timeout or unavailability (default 2). */
  retries?: number;
  backoff?: BackoffOptions;
  breaker?: CircuitBreaker | Partial<BreakerOptions>;
  /** Injectable for tests; default the global fetch (Node 20's undici). */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
};

/** A wire client's options from the configuration (lib/server/env.ts): the system's address and key, and the shared timeouts, retries and breaker. */
export function httpOptionsFromConfig(
  system: { url: string; apiKey: string },
  upstream: { timeoutMs: number; retries: number; breakerThreshold: number; breakerCoolDownMs: number },
): Omit<HttpClientOptions, "system"> {
  return {
    baseUrl: system.url,
    apiKey: system.apiKey,
    timeoutMs: upstream.timeoutMs,
    retries: upstream.retries,
    breaker: { failureThreshold: upstream.breakerThreshold, coolDownMs: upstream.breakerCoolDownMs },
  };
}

export type RequestSpec<T> = {
  method: "GET" | "POST";
  /** Appended to the base URL; callers encode path parameters. */
  path: string;
  schema: z.ZodType<T>;
  body?: unknown;
  headers?: Record<string, string | undefined>;
  /** Safe to repeat. Default: GET only; a search POST that changes nothing upstream sets it. */
  idempotent?: boolean;
  /**
   * Kept across retries so the upstream log shows one request, tried several times. Default: the
   * id of the request being served (lib/http/request-context.ts), else a new one.
   */
  requestId?: string;
  /** Overrides the client's retries for this call (health checks use 0). */
  retries?: number;
};

/** A 404 carrying one of these error codes means "no such thing" rather than a failure. */
export type FindSpec<T> = RequestSpec<T> & { notFoundCodes: readonly string[] };

/** The one fetch helper of both national-system clients: every call gets the same timeout, retry, breaker and parsing rules. */
export interface HttpClient {
  readonly system: SystemId;
  readonly breaker: CircuitBreaker;
  request<T>(spec: RequestSpec<T>): Promise<T>;
  /** Like request, but null on a documented 404. */
  find<T>(spec: FindSpec<T>): Promise<T | null>;
}

/**
 * Creates the helper for one system: base URL, bearer key, a per-attempt timeout, retries with
 * jittered exponential backoff for idempotent calls only, a circuit breaker, a `res.ok` check, a zod
 * parse of every body, and every failure mapped to an UpstreamError kind. Keep one per system per
 * process: the breaker's memory is the point.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { system, apiKey, timeoutMs } = options;
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const breaker = isCircuitBreaker(options.breaker) ? options.breaker : new CircuitBreaker(options.breaker);
  const fetchImpl = options.fetch ?? fetch;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;

  /**
   * The request headers, the same on every attempt. A value fetch cannot send (non-ASCII) is a bug
   * in the caller: it fails at once as a plain Error, rather than as a retried "unavailable" that
   * would blame the national system for it.
   */
  function headersFor(spec: RequestSpec<unknown>, requestId: string): Record<string, string> {
    const headers: Record<string, string> = { accept: "application/json", authorization: `Bearer ${apiKey}`, [HEADERS.requestId]: requestId };
    for (const [name, value] of Object.entries(spec.headers ?? {})) if (value) headers[name] = value;
    if (spec.body !== undefined) headers["content-type"] = "application/json";
    for (const [name, value] of Object.entries(headers)) {
      if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`${system}: header ${name} must be printable ASCII (percent-encode it)`);
    }
    return headers;
  }

  /** One attempt. Resolves to the parsed body, or `null` for a documented 404; throws UpstreamError. */
  async function attempt<T>(spec: RequestSpec<T>, headers: Record<string, string>, notFoundCodes: readonly string[]): Promise<T | null> {
    let status: number;
    let text: string;
    try {
      // The same signal bounds the body: a system that sends headers and then stalls still times out.
      const res = await fetchImpl(`${baseUrl}${spec.path}`, {
        method: spec.method,
        headers,
        body: spec.body === undefined ? undefined : JSON.stringify(spec.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = res.status;
      text = await res.text();
      if (res.ok) return parseBody(system, text, spec.schema);
    } catch (error) {
      if (isUpstreamError(error)) throw error;
      throw transportFailure(system, error, timeoutMs);
    }
    if (status === 404 && notFoundCodes.length > 0) {
      const failure = statusFailure(system, status, text);
      if (failure.upstreamCode && notFoundCodes.includes(failure.upstreamCode)) return null;
      throw failure;
    }
    throw statusFailure(system, status, text);
  }

  async function execute<T>(spec: RequestSpec<T>, notFoundCodes: readonly string[]): Promise<T | null> {
    const headers = headersFor(spec, spec.requestId ?? currentRequestId() ?? randomUUID());
    const idempotent = spec.idempotent ?? spec.method === "GET";
    const maxRetries = idempotent ? (spec.retries ?? options.retries ?? 2) : 0;
    let last: UpstreamError | undefined;
    for (let retry = 0; ; retry++) {
      if (!breaker.tryAcquire()) {
        // Opened by our own earlier attempts: the real cause says more than "breaker open". Opened
        // before this call: "circuit_open", so the officer learns the system was not even asked.
        throw last ?? new UpstreamError(system, "circuit_open", `${system}: circuit breaker ${breaker.state}; not calling the system`);
      }
      try {
        const value = await attempt(spec, headers, notFoundCodes);
        breaker.onSuccess();
        return value;
      } catch (error) {
        const failure = isUpstreamError(error) ? error : new UpstreamError(system, "bad_response", String(error), { cause: error });
        // A refusal is a coherent answer: the system is up, so it does not count against the breaker.
        if (failure.kind === "refused") breaker.onSuccess();
        else breaker.onFailure();
        // A malformed answer or a refusal would come back the same way: only transient kinds are retried.
        const transient = failure.kind === "timeout" || failure.kind === "unavailable";
        if (!transient || retry >= maxRetries) throw failure;
        last = failure;
        await sleep(backoffDelay(retry, options.backoff ?? DEFAULT_BACKOFF, random));
      }
    }
  }

  return {
    system,
    breaker,
    request: async <T>(spec: RequestSpec<T>) => (await execute(spec, [])) as T,
    find: <T>(spec: FindSpec<T>) => execute(spec, spec.notFoundCodes),
  };
}
