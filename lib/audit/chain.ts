import { createHash } from "node:crypto";

/** The hash the chain starts from (the head row the migration inserts). */
export const GENESIS_HASH = "0".repeat(64);

/** The fields of a row that its hash covers, in a fixed order. */
export type ChainedFields = {
  seq: bigint;
  at: Date;
  userId: string | null;
  apiClientId: string | null;
  actorLabel: string;
  unitId: string | null;
  unitCode: string | null;
  system: string;
  operation: string;
  purposeKind: string | null;
  purposeRef: string | null;
  legalBasis: string | null;
  lookupId: string | null;
  query: unknown;
  resultIds: string[];
  resultCount: number;
  outcome: string;
  errorKind: string | null;
  ip: string | null;
  prevHash: string;
};

/** JSON with object keys sorted at every level: jsonb does not keep key order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** sha256 over the canonical form of the row, previous hash included: the link of the chain. */
export function hashRow(row: ChainedFields): string {
  const material = canonicalJson({ ...row, seq: row.seq.toString(), at: row.at.toISOString() });
  return createHash("sha256").update(material).digest("hex");
}
