import { z } from "zod";

/**
 * Fault injection for the mock national systems, so the portal is built and tested against the
 * failures the real ones have: slowness, outages, answers that never come, answers that are broken.
 * Configured per system at start (environment) and at run time (POST /__admin/faults).
 */

export type MockSystem = "civilRegistry" | "population";
export const MOCK_SYSTEMS: readonly MockSystem[] = ["civilRegistry", "population"];

const rate = z.number().min(0).max(1);
const ms = z.number().int().min(0).max(600_000);

const ZFaultShape = z.strictObject({
  /** Added to every answer: latencyMs plus a uniform 0..jitterMs. */
  latencyMs: ms,
  jitterMs: ms,
  /** Share of requests answered 503 SERVICE_UNAVAILABLE at once. */
  errorRate: rate,
  /** Share of requests that hang for hangMs before answering: longer than any client's timeout. */
  timeoutRate: rate,
  hangMs: ms,
  /** Share of successful answers sent broken: cut in the middle, or valid JSON in the wrong shape. */
  malformedRate: rate,
  malformedKind: z.enum(["truncated", "schema"]),
});
export type FaultConfig = z.infer<typeof ZFaultShape>;
export type Faults = Record<MockSystem, FaultConfig>;

/** No faults, no latency: what tests start from. */
export const NO_FAULTS: FaultConfig = { latencyMs: 0, jitterMs: 0, errorRate: 0, timeoutRate: 0, hangMs: 30_000, malformedRate: 0, malformedKind: "truncated" };
/** A light, realistic latency (20–80 ms) so development feels like a remote system without being slow. */
export const DEV_FAULTS: FaultConfig = { ...NO_FAULTS, latencyMs: 20, jitterMs: 60 };

/** A change to some fields of some systems (the admin endpoint's body; unknown keys are refused). */
export const ZFaultsPatch = z.strictObject({
  civilRegistry: ZFaultShape.partial().optional(),
  population: ZFaultShape.partial().optional(),
});
export type FaultsPatch = z.infer<typeof ZFaultsPatch>;

export function applyPatch(current: Faults, patch: FaultsPatch): Faults {
  return {
    civilRegistry: { ...current.civilRegistry, ...patch.civilRegistry },
    population: { ...current.population, ...patch.population },
  };
}

const ENV_FIELDS: Record<string, keyof FaultConfig> = {
  MOCK_GOV_LATENCY_MS: "latencyMs",
  MOCK_GOV_JITTER_MS: "jitterMs",
  MOCK_GOV_ERROR_RATE: "errorRate",
  MOCK_GOV_TIMEOUT_RATE: "timeoutRate",
  MOCK_GOV_HANG_MS: "hangMs",
  MOCK_GOV_MALFORMED_RATE: "malformedRate",
  MOCK_GOV_MALFORMED_KIND: "malformedKind",
};

/**
 * Faults from the environment of the script that starts the server: MOCK_GOV_LATENCY_MS,
 * MOCK_GOV_JITTER_MS, MOCK_GOV_ERROR_RATE, MOCK_GOV_TIMEOUT_RATE, MOCK_GOV_HANG_MS,
 * MOCK_GOV_MALFORMED_RATE, MOCK_GOV_MALFORMED_KIND apply to both systems; MOCK_GOV_FAULTS (JSON,
 * e.g. {"population":{"errorRate":0.5}}) then adjusts each system. Invalid values stop the start.
 */
export function faultsFromEnv(source: Record<string, string | undefined>, base: FaultConfig = NO_FAULTS): Faults {
  const shared: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(ENV_FIELDS)) {
    const raw = source[name]?.trim();
    if (raw) shared[field] = field === "malformedKind" ? raw : Number(raw);
  }
  const both = ZFaultShape.partial().safeParse(shared);
  if (!both.success) throw new Error(`Invalid MOCK_GOV_* fault setting: ${z.prettifyError(both.error)}`);
  const start: Faults = { civilRegistry: { ...base, ...both.data }, population: { ...base, ...both.data } };
  const json = source.MOCK_GOV_FAULTS?.trim();
  if (!json) return start;
  let patch: unknown;
  try {
    patch = JSON.parse(json);
  } catch {
    throw new Error("MOCK_GOV_FAULTS is not JSON (e.g. {\"population\":{\"errorRate\":0.5}})");
  }
  const parsed = ZFaultsPatch.safeParse(patch);
  if (!parsed.success) throw new Error(`Invalid MOCK_GOV_FAULTS: ${z.prettifyError(parsed.error)}`);
  return applyPatch(start, parsed.data);
}

/** What happens to one request, drawn once when it arrives. */
export type FaultPlan =
  | { kind: "error" }
  | { kind: "hang"; ms: number }
  | { kind: "answer"; delayMs: number; malformed: FaultConfig["malformedKind"] | null };

export function planFault(config: FaultConfig, random: () => number): FaultPlan {
  if (random() < config.errorRate) return { kind: "error" };
  if (random() < config.timeoutRate) return { kind: "hang", ms: config.hangMs };
  const delayMs = config.latencyMs + Math.floor(random() * config.jitterMs);
  return { kind: "answer", delayMs, malformed: random() < config.malformedRate ? config.malformedKind : null };
}

/**
 * Breaks a JSON answer the way real systems do: "truncated" is a body cut short (a proxy dropped
 * the connection mid-stream); "schema" is well-formed JSON whose fields were renamed (an upstream
 * release changed its casing convention), which only a schema check catches.
 */
export function malform(body: unknown, kind: FaultConfig["malformedKind"]): string {
  const text = JSON.stringify(body);
  if (kind === "truncated") return text.slice(0, Math.max(1, Math.floor(text.length / 2)));
  if (body === null || typeof body !== "object" || Array.isArray(body)) return JSON.stringify({ DATA: body });
  return JSON.stringify(Object.fromEntries(Object.entries(body).map(([k, v]) => [k.toUpperCase(), v])));
}
