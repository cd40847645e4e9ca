import { createHash } from "node:crypto";
import { HASHED_WHEN_PRESENT, type AccessLogEntry, type ChainedFields } from "@/lib/audit/access-log-row";

export type { ChainedFields } from "@/lib/audit/access-log-row";

/** The hash every chain starts from (the head rows the migrations insert). */
export const GENESIS_HASH = "0".repeat(64);

/**
 * The log is several chains, each with its own head row, so that appends for different units do not
 * wait on one lock. A row's chain is fixed by a stable key (its unit), modulo the configured count
 * (ACCESS_LOG_CHAINS); the database holds a head row for each of the MAX_CHAINS chains.
 */
export const MAX_CHAINS = 64;

/** JSON with object keys sorted at every level: jsonb does not keep key order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/**
 * The canonical text a row's hash covers. Chain 0 is the log as it was before it had chains: its
 * rows hash without a chain field, so that rows and checkpoints signed before then still verify.
 * Every other chain's rows hash their chain number too, so a row cannot be moved between chains.
 * Likewise a column added later (HASHED_WHEN_PRESENT) is hashed only when it holds a value.
 */
export function hashedMaterial(row: { chain?: number } & Record<string, unknown>): string {
  const { chain, ...rest } = row;
  for (const column of HASHED_WHEN_PRESENT) if (rest[column] === null) delete rest[column];
  return canonicalJson(chain ? { ...rest, chain } : rest);
}

/** sha256 over the canonical form of the row, previous hash included: the link of the chain. */
export function hashRow(row: ChainedFields): string {
  const material = hashedMaterial({ ...row, seq: row.seq.toString(), at: row.at.toISOString() });
  return createHash("sha256").update(material).digest("hex");
}

/** FNV-1a over the key's UTF-16 units: stable across processes and versions, unlike a runtime hash. */
function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * The chain a row goes to: its unit's (else its API client's, user's or actor's) hash modulo the
 * chain count. One unit's rows stay in one chain as long as the count does not change; a changed
 * count only sends new rows elsewhere, and every chain verifies on its own.
 */
export function chainFor(key: Pick<AccessLogEntry, "unitId" | "apiClientId" | "userId" | "actorLabel">, chains: number): number {
  const count = Math.max(1, Math.min(MAX_CHAINS, Math.trunc(chains)));
  if (count === 1) return 0;
  return fnv1a(key.unitId ?? key.apiClientId ?? key.userId ?? key.actorLabel) % count;
}
