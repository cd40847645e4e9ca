import type { Db } from "@/lib/db/client";
import { GENESIS_HASH, hashRow } from "@/lib/audit/chain";

export type ChainReport =
  | { ok: true; rows: number; headSeq: bigint }
  | { ok: false; rows: number; problem: string; seq: bigint | null };

/**
 * Re-walks the access log in order: every seq present, every row's prevHash equal to the hash
 * before it, every hash equal to its recomputed value, and the last row equal to the head. An
 * altered row, a deleted row (a gap) and a cut-off tail are each detected.
 */
export async function verifyAccessLogChain(db: Db, batchSize = 5_000): Promise<ChainReport> {
  const head = await db.accessLogHead.findUnique({ where: { id: 1 } });
  if (!head) return { ok: false, rows: 0, problem: "the chain head row is missing", seq: null };
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  for (;;) {
    const batch = await db.accessLog.findMany({ where: { seq: { gte: expectedSeq } }, orderBy: { seq: "asc" }, take: batchSize });
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== expectedSeq) return { ok: false, rows, problem: `row ${expectedSeq} is missing`, seq: expectedSeq };
      if (row.prevHash !== prevHash) return { ok: false, rows, problem: `row ${row.seq} does not follow the row before it`, seq: row.seq };
      const { hash, ...fields } = row;
      if (hashRow({ ...fields, query: fields.query }) !== hash) return { ok: false, rows, problem: `row ${row.seq} was altered`, seq: row.seq };
      prevHash = hash;
      expectedSeq += 1n;
      rows += 1;
    }
  }
  if (head.seq !== expectedSeq - 1n || head.hash !== prevHash) {
    return { ok: false, rows, problem: `the log ends at row ${expectedSeq - 1n} but the head says ${head.seq}: rows were removed from the end`, seq: head.seq };
  }
  return { ok: true, rows, headSeq: head.seq };
}
