import type { Tx } from "@/lib/db/client";
import { hashRow, type ChainedFields } from "@/lib/audit/chain";

export type AccessSystem = "CIVIL_REGISTRY" | "POPULATION";
export type AccessOperation = "SEARCH" | "GET_RECORD" | "GET_CITIZEN";
export type AccessOutcome = "FOUND" | "NOT_FOUND" | "REFUSED" | "UPSTREAM_FAILURE";

/** One look at citizens' data: who, for which unit, in which system, why, what was asked and returned. */
export type AccessLogEntry = {
  userId?: string | null;
  apiClientId?: string | null;
  actorLabel: string;
  unitId?: string | null;
  unitCode?: string | null;
  system: AccessSystem;
  operation: AccessOperation;
  purposeKind?: string | null;
  purposeRef?: string | null;
  legalBasis?: string | null;
  lookupId?: string | null;
  query: Record<string, unknown>;
  resultIds: string[];
  outcome: AccessOutcome;
  errorKind?: string | null;
  ip?: string | null;
};

/**
 * Appends a row to the access log inside the caller's transaction, chained to the previous row.
 * The head row is locked (SELECT … FOR UPDATE) so that concurrent appends, from any instance, form
 * one chain; the lock lasts only until the caller's transaction ends, so keep that transaction short.
 * Callers return data to people only after this transaction commits: no log row, no data.
 */
export async function writeAccessLog(tx: Tx, entry: AccessLogEntry, at: Date = new Date()): Promise<{ seq: bigint; hash: string }> {
  const [head] = await tx.$queryRaw<{ seq: bigint; hash: string }[]>`SELECT "seq", "hash" FROM "access_log_head" WHERE "id" = 1 FOR UPDATE`;
  if (!head) throw new Error("access_log_head is missing: run the migrations");
  const row: ChainedFields = {
    seq: BigInt(head.seq) + 1n,
    at,
    userId: entry.userId ?? null,
    apiClientId: entry.apiClientId ?? null,
    actorLabel: entry.actorLabel,
    unitId: entry.unitId ?? null,
    unitCode: entry.unitCode ?? null,
    system: entry.system,
    operation: entry.operation,
    purposeKind: entry.purposeKind ?? null,
    purposeRef: entry.purposeRef ?? null,
    legalBasis: entry.legalBasis ?? null,
    lookupId: entry.lookupId ?? null,
    query: entry.query,
    resultIds: entry.resultIds,
    resultCount: entry.resultIds.length,
    outcome: entry.outcome,
    errorKind: entry.errorKind ?? null,
    ip: entry.ip ?? null,
    prevHash: head.hash,
  };
  const hash = hashRow(row);
  await tx.accessLog.create({ data: { ...row, query: row.query as object, hash } });
  await tx.accessLogHead.update({ where: { id: 1 }, data: { seq: row.seq, hash } });
  return { seq: row.seq, hash };
}
