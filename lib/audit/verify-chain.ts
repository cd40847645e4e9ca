import type { KeyObject } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { GENESIS_HASH, MAX_CHAINS, hashRow } from "@/lib/audit/chain";
import { chainRows } from "@/lib/audit/chain-rows";
import { DIGEST_HEX, type Checkpoint } from "@/lib/audit/checkpoint";
import { checkCheckpoints, firstInLog, rowName, type CoveredRange, type EvidenceProblem } from "@/lib/audit/verify-checkpoints";

export type ChainReport =
  | { ok: true; rows: number; chains: number; checkpoints: number; signedRows: number }
  | { ok: false; rows: number; problem: string; chain: number | null; seq: bigint | null };

export type VerifyOptions = {
  batchSize?: number;
  /** The checkpoint signer's public key; without it, stored checkpoints cannot be trusted and fail. */
  publicKey?: KeyObject | null;
  /** The checkpoints of the export outside the database; null when it cannot be read here. */
  exported?: Checkpoint[] | null;
};

/**
 * Re-walks every chain of the access log in order: every seq present, every row's prevHash equal to
 * the hash before it, every hash equal to its recomputed value, and the last row equal to the
 * chain's head. An altered row, a deleted row (a gap) and a cut-off tail are each detected.
 *
 * The chain alone is no proof against someone who can write the table (hashRow has no secret: they
 * can recompute every hash after the row they changed). Rows up to the last signed checkpoint are
 * therefore also compared with what the checkpoints vouch for (each row's hash digest, and the full
 * hash at each checkpoint's head of each chain): the first row that differs is named. Of several
 * problems, the one at the first row (lowest chain, then lowest seq) is reported.
 */
export async function verifyAccessLogChain(db: Db, options: VerifyOptions = {}): Promise<ChainReport> {
  const batchSize = options.batchSize ?? 5_000;
  const evidence = await checkCheckpoints(db, { publicKey: options.publicKey ?? null, exported: options.exported ?? null });
  const heads = new Map((await db.accessLogHead.findMany({ orderBy: { chain: "asc" } })).map((h) => [h.chain, h]));
  const problems: (EvidenceProblem | null)[] = [evidence.problem];
  let [rows, chains] = [0, 0];
  for (let chain = 0; chain < MAX_CHAINS; chain++) {
    const covered = evidence.covered.filter((r) => r.chain === chain);
    const head = heads.get(chain) ?? null;
    if (!head) {
      const orphan = await db.accessLog.findFirst({ where: { chain }, select: { seq: true } });
      if (orphan || covered.length) problems.push({ problem: `the head row of chain ${chain} is missing`, chain, seq: null });
      continue;
    }
    const walk = await walkChain(db, chain, head, batchSize, covered);
    rows += walk.rows;
    if (walk.rows > 0) chains += 1;
    problems.push(walk.problem);
  }
  const first = firstInLog(problems);
  if (first) return { ok: false, rows, ...first };
  const signedRows = evidence.covered.reduce((sum, r) => sum + Number(BigInt(r.seq) - BigInt(r.fromSeq) + 1n), 0);
  return { ok: true, rows, chains, checkpoints: evidence.checkpoints, signedRows };
}

type Walk = { rows: number; problem: EvidenceProblem | null };

async function walkChain(db: Db, chain: number, head: { seq: bigint; hash: string }, batchSize: number, covered: CoveredRange[]): Promise<Walk> {
  const bad = (problem: string, seq: bigint | null): Walk => ({ rows, problem: { problem, chain, seq } });
  const row_ = (seq: bigint) => rowName(chain, seq);
  let expectedSeq = 1n;
  let prevHash = GENESIS_HASH;
  let rows = 0;
  let k = 0; // the checkpoint range the current row falls in
  for (;;) {
    const batch = await chainRows(db, chain, expectedSeq, null, batchSize);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.seq !== expectedSeq) return bad(`${row_(expectedSeq)} is missing`, expectedSeq);
      while (k < covered.length && BigInt(covered[k]!.seq) < row.seq) k += 1;
      const range = covered[k];
      if (range && BigInt(range.fromSeq) <= row.seq) {
        const at = Number(row.seq - BigInt(range.fromSeq)) * DIGEST_HEX;
        const signed = BigInt(range.seq) === row.seq ? range.hash : range.digests.slice(at, at + DIGEST_HEX);
        if (!row.hash.startsWith(signed)) return bad(`${row_(row.seq)} differs from signed checkpoint ${range.n}: it was rewritten after being signed`, row.seq);
      }
      if (row.prevHash !== prevHash) return bad(`${row_(row.seq)} does not follow the row before it`, row.seq);
      const { hash, ...fields } = row;
      if (hashRow(fields) !== hash) return bad(`${row_(row.seq)} was altered`, row.seq);
      prevHash = hash;
      expectedSeq += 1n;
      rows += 1;
    }
  }
  const signedThrough = covered.length ? BigInt(covered.at(-1)!.seq) : 0n;
  if (signedThrough >= expectedSeq) {
    return bad(`${row_(expectedSeq)} is missing: signed checkpoint ${covered.at(-1)!.n} covers ${chain === 0 ? "the log" : `chain ${chain}`} up to ${row_(signedThrough)}`, expectedSeq);
  }
  if (head.seq !== expectedSeq - 1n || head.hash !== prevHash) {
    const where = chain === 0 ? "the log" : `chain ${chain}`;
    return bad(`${where} ends at ${row_(expectedSeq - 1n)} but the head says ${head.seq}: rows were removed from the end`, head.seq);
  }
  return { rows, problem: null };
}
