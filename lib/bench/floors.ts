// Floors and targets of the benchmarks. On a shared machine absolute times vary by ±50% from one run
// to the next, but the ratio of a figure to a floor measured in the same run (the same load, the
// same clients, the same moment) holds: targets are stated as such ratios.

/** a ÷ b rounded to `digits` decimals; null when either is missing or b is not positive. */
export function ratio(a: number | null | undefined, b: number | null | undefined, digits = 3): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return null;
  const f = 10 ** digits;
  return Math.round((a / b) * f) / f;
}

export type Target = { actual: number | null; pass: boolean } & ({ min: number } | { max: number });

/** actual ≥ min: passes only with a value. */
export const atLeast = (actual: number | null, min: number): Target => ({ min, actual, pass: actual !== null && actual >= min });
/** actual ≤ max: passes only with a value. */
export const atMost = (actual: number | null, max: number): Target => ({ max, actual, pass: actual !== null && actual <= max });

/** Whether every target passes (for the summary line; the benchmarks never fail on targets). */
export const allPass = (targets: Record<string, Target>) => Object.values(targets).every((t) => t.pass);

/** Per-operation cost: total ÷ count, 2 decimals (null without operations). */
export function perOperation(total: number, count: number, digits = 2): number | null {
  return count > 0 ? ratio(total, count, digits) : null;
}
