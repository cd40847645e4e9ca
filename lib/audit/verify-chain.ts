import type { KeyObject } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { GENESIS_HASH, hashRow } from "@/lib/audit/chain";
import { DIGEST_HEX, type Checkpoint } from "@/lib/audit/checkpoint";
import { checkCheckpoints, firstBySeq, type CoveredRange } from "@/lib/audit/verify-checkpoints";

export type ChainReport =
  | { ok: true; rows: number; headSeq: bigint; checkpoints: number; signedThrough: bigint }
  | { ok: false; rows: number; problem: string; seq: bigint | null };

export type VerifyOptions = {
  batchSize?: number;
  /** The checkpoint signer's public key; without it, stored checkpoints cannot be trusted and fail. */
  publicKey?: KeyObject | null;
  /** The checkpoints of the export outside the database; null when it cannot be read here. */
  exported?: Checkpoint[] | null;
};

/**
 * Re-walks the access log in order: every seq present, every row's prevHash equal to the hash
 * before it, every hash equal to its recomputed value, and the last row equal to the head. An
 * altered row, a deleted row (a gap) and a cut-off tail are each detected.
 *
 * The chain alone is no proof against someone who can write the table (hashRow has no secret: they
 * can recompute every hash after the row they changed). Rows up to the last signed checkpoint are
 * therefore also compared with what the checkpoints vouch for (each row's hash digest, and the full
 * hash at each checkpoint's head): the first row that differs is named. Of several problems, the one
 * at the lowest seq is reported.
 */
export async function verifyAccessLogChain(db: Db, options: VerifyOptions = {}): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 5_000;
  const evidence = await checkCheckpoints(db, { publicKey: options.publicKey ?? null, exported: options.exported ?? null });
  const walk = await walkRows(db, batchSize, evidence.covered);
  const first = firstBySeq([evidence.problem, walk.problem]);
  if (first) return { ok: false, rows: walk.rows, ...first };
  const signedThrough = evidence.covered.length ? BigInt(evidence.covered.at(-1)!.seq) : 0n;
  return { ok: true, rows: walk.rows, headSeq: walk.headSeq, checkpoints: evidence.checkpoints, signedThrough };
}

type Walk = { rows: number; headSeq: bigint; problem: { problem: string; seq: bigint | null } | null };

async function walkRows(db: Db, batchSize: number, covered: CoveredRange[]): Promise<Walk> {
  const head = await db.accessLogHead.findUnique({ where: { id: 1 } });
  if (!head) return { rows: 0, headSeq: 0n, problem: { problem: "the chain head row is missing", seq: null } };
  const bad = (problem: string, seq: bigint | null): Walk => ({ rows, headSeq: head.seq, problem: { problem, seq } });
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  let k = 0; // the checkpoint range the current row falls in
  for (;;) {
    const batch = await db.accessLog.findMany({ where: { seq: { gte: expectedSeq } }, orderBy: { seq: "asc" }, take: batchSize });
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== expectedSeq) return bad(`row ${expectedSeq} is missing`, expectedSeq);
      while (k < covered.length && BigInt(covered[k]!.seq) < row.seq) k += 1;
      const range = covered[k];
      if (range && BigInt(range.fromSeq) <= row.seq) {
        const at = Number(row.seq - BigInt(range.fromSeq)) * DIGEST_HEX;
        const signed = BigInt(range.seq) === row.seq ? range.hash : range.digests.slice(at, at + DIGEST_HEX);
        if (!row.hash.startsWith(signed)) return bad(`row ${row.seq} differs from signed checkpoint ${range.n}: it was rewritten after being signed`, row.seq);
      }
      if (row.prevHash !== prevHash) return bad(`row ${row.seq} does not follow the row before it`, row.seq);
      const { hash, ...fields } = row;
      if (hashRow(fields) !== hash) return bad(`row ${row.seq} was altered`, row.seq);
      prevHash = hash;
      expectedSeq += 1n;
      rows += 1;
    }
  }
  const signedThrough = covered.length ? BigInt(covered.at(-1)!.seq) : 0n;
  if (signedThrough >= expectedSeq) return bad(`row ${expectedSeq} is missing: signed checkpoint ${covered.at(-1)!.n} covers the log up to row ${signedThrough}`, expectedSeq);
  if (head.seq !== expectedSeq - 1n || head.hash !== prevHash) {
    return bad(`the log ends at row ${expectedSeq - 1n} but the head says ${head.seq}: rows were removed from the end`, head.seq);
  }
  return { rows, headSeq: head.seq, problem: null };
}
