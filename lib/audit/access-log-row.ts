import type { AccessLog } from "@/lib/generated/prisma/client";
import { currentRequestId } from "@/lib/http/request-context";
import type { AccessLogSystem } from "@/lib/adapters/systems";

/**
 * The columns of an access-log row with their PostgreSQL types: the one list from which the
 * writer's INSERT, the bulk loader's batches, the hashed fields and their type are derived. Every
 * column but "hash" is covered by the row's hash. `satisfies` keeps it equal to the Prisma model:
 * a column added to the schema and not here (or the reverse) is a compile error.
 */
export const ACCESS_LOG_COLUMNS = {
  chain: "int",
  seq: "bigint",
  at: "timestamp",
  userId: "text",
  apiClientId: "text",
  actorLabel: "text",
  unitId: "text",
  unitCode: "text",
  system: "text",
  operation: "text",
  purposeKind: "text",
  purposeRef: "text",
  legalBasis: "text",
  lookupId: "text",
  query: "jsonb",
  resultIds: "text[]",
  resultCount: "int",
  outcome: "text",
  errorKind: "text",
  ip: "text",
  requestId: "text",
  prevHash: "text",
} as const satisfies Record<Exclude<keyof AccessLog, "hash">, string>;

export type AccessLogColumn = keyof typeof ACCESS_LOG_COLUMNS;
export const ACCESS_LOG_COLUMN_NAMES = Object.keys(ACCESS_LOG_COLUMNS) as AccessLogColumn[];

/**
 * Columns added after rows were first written and signed: hashed only when they hold a value, so
 * that rows written before them (null there) hash exactly as they did and their checkpoints verify.
 */
export const HASHED_WHEN_PRESENT = ["requestId"] as const satisfies readonly AccessLogColumn[];

/**
 * The fields of a row that its hash covers. `chain` may be left out for chain 0 (see
 * hashedMaterial); `query` is any JSON; the columns hashed only when present may be left out.
 */
export type ChainedFields = Omit<Pick<AccessLog, AccessLogColumn>, "chain" | "query" | (typeof HASHED_WHEN_PRESENT)[number]> & {
  /** 0 for the original chain, whose rows were hashed before chains existed: see hashedMaterial. */
  chain?: number;
  query: unknown;
} & Partial<Pick<AccessLog, (typeof HASHED_WHEN_PRESENT)[number]>>;

/** How the `system` column names a national system (one spelling, in lib/adapters/systems.ts). */
export type AccessSystem = AccessLogSystem;
export type AccessOperation = "SEARCH" | "GET_RECORD" | "GET_CITIZEN" | "FIND_CANDIDATES" | "LINK_DECISION";
export type AccessOutcome = "FOUND" | "NOT_FOUND" | "REFUSED" | "UPSTREAM_FAILURE";

/** The columns the writer fills itself: the chain and its link, the time, the count of results. */
type Computed = "chain" | "seq" | "at" | "resultCount" | "prevHash";
type Given = Omit<ChainedFields, Computed | "system" | "operation" | "outcome" | "query">;
type NullableKeys<T> = { [K in keyof T]-?: null extends T[K] ? K : never }[keyof T];

/**
 * One look at citizens' data as a use case records it: who, for which unit, in which system, why,
 * what was asked and returned. The row's columns less those the writer computes; the nullable ones
 * may be left out.
 */
export type AccessLogEntry = Omit<Given, NullableKeys<Given>> &
  Partial<Pick<Given, NullableKeys<Given>>> & { system: AccessSystem; operation: AccessOperation; outcome: AccessOutcome; query: Record<string, unknown> };

/** A row as the writer fills it from an entry: every column but the chain's link (seq, prevHash). */
export type UnlinkedRow = Omit<ChainedFields, "seq" | "prevHash" | "chain"> & { chain: number };

const COMPUTED: readonly AccessLogColumn[] = ["chain", "seq", "at", "resultCount", "prevHash"] satisfies Computed[];

/**
 * The row of an entry: its columns, picked by name (an entry's other properties never reach the
 * log). Without a request id of its own, the entry takes the one of the request being served.
 */
export function rowOfEntry(entry: AccessLogEntry, at: Date, chain: number): UnlinkedRow {
  const given = entry as Partial<Record<AccessLogColumn, unknown>>;
  const row: Record<string, unknown> = {};
  for (const column of ACCESS_LOG_COLUMN_NAMES) if (!COMPUTED.includes(column)) row[column] = given[column] ?? null;
  row.requestId = entry.requestId ?? currentRequestId();
  return { ...(row as Omit<UnlinkedRow, "chain" | "at" | "resultCount">), chain, at, resultCount: entry.resultIds.length };
}
