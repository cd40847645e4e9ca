import type { z } from "zod";
import { UpstreamError } from "@/lib/adapters/errors";
import type { SystemId } from "@/lib/adapters/systems";
import { ZErrorBody } from "@/lib/adapters/http/wire";

/**
 * Turning what came (or did not come) over the wire into the port's typed failures. Kept apart from
 * the request loop so each rule can be read, and tested, on its own.
 */

/**
 * fetch rejects with the signal's reason: AbortSignal.timeout gives a DOMException "TimeoutError".
 * Told by its name, not `instanceof Error`: a DOMException from another realm or bundle is one too.
 */
export function isTimeoutError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "TimeoutError";
}

/** A fetch that threw: no answer in time, or no answer at all (refused, reset, DNS, TLS…). */
export function transportFailure(system: SystemId, error: unknown, timeoutMs: number): UpstreamError {
  if (isTimeoutError(error)) return new UpstreamError(system, "timeout", `${system}: no answer within ${timeoutMs} ms`, { cause: error });
  // undici hides the socket error in `cause` (ECONNREFUSED, ECONNRESET, ENOTFOUND…).
  const cause = (error as { cause?: { code?: string } } | null)?.cause;
  const detail = cause?.code ?? (error as Error | null)?.message ?? "network error";
  return new UpstreamError(system, "unavailable", `${system}: cannot reach the system (${detail})`, { cause: error });
}

/** The system's own error code from an error body, when the body is one. */
export function errorCodeOf(text: string): string | undefined {
  try {
    const parsed = ZErrorBody.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.error.code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A non-2xx answer. 5xx and 429 mean the system is (momentarily) unable: "unavailable", worth a
 * retry. A 404 reaching here lacked the documented not-found code, which is what a wrong base URL or
 * API version looks like: reporting it as "no such record" would tell an officer a citizen does
 * not exist, so it is a bad_response. Any other 4xx is the system saying no: "refused", with its code.
 */
export function statusFailure(system: SystemId, status: number, text: string): UpstreamError {
  const upstreamCode = errorCodeOf(text);
  if (status >= 500 || status === 429) {
    return new UpstreamError(system, "unavailable", `${system}: HTTP ${status}${upstreamCode ? ` ${upstreamCode}` : ""}`, { upstreamCode });
  }
  if (status === 404) {
    return new UpstreamError(system, "bad_response", `${system}: HTTP 404 without a documented not-found code (wrong base URL or API version?)`, { upstreamCode });
  }
  return new UpstreamError(system, "refused", `${system}: refused with HTTP ${status} ${upstreamCode ?? ""}`.trim(), {
    upstreamCode: upstreamCode ?? `HTTP_${status}`,
  });
}

/**
 * A 2xx body, parsed and validated: the only way data leaves the client (never unparsed JSON). The
 * message names the failing paths, not the values, which may be personal data.
 */
export function parseBody<T>(system: SystemId, text: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(system, `invalid JSON (${text.length} characters)`, error);
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`)
    .join("; ");
  return fail(system, `answer does not match the schema (${where})`, parsed.error);
}

function fail(system: SystemId, what: string, cause: unknown): never {
  throw new UpstreamError(system, "bad_response", `${system}: ${what}`, { cause });
}
