import type { Db } from "@/lib/db/client";
import { chainRows } from "@/lib/audit/chain-rows";
import { GENESIS_HASH, hashRow } from "@/lib/audit/chain";
import { DIGEST_HEX, checkpointFromRow, isCheckpointSignatureValid, signCheckpoint, type Checkpoint } from "@/lib/audit/checkpoint";
import type { CheckpointSink } from "@/lib/audit/checkpoint-export";
import type { AuditKeys } from "@/lib/audit/keys";
import { rowName } from "@/lib/audit/verify-checkpoints";

/** When a checkpoint is due: `rows` unsigned rows, or an unsigned row `minutes` old. */
export type CheckpointPolicy = { rows: number; minutes: number };

/** The most rows one checkpoint covers, so a long backlog (a bulk load) is signed in bounded pieces. */
export const MAX_CHECKPOINT_ROWS = 10_000;
/**
 * Rows read and checked at a time. The signer runs on the thread that serves requests: reading
 * and hashing 2,000 rows at once held it for about 100 ms, which lookups arriving meanwhile waited
 * out (paced p95 120 ms in bench:lookups instead of under 10). So the rows come in small batches,
 * and after each the signer pauses twice as long as the batch took: requests waiting run first,
 * and a long backlog takes at most about a third of the thread instead of all of it for a second.
 */
export const CHECK_BATCH = 200;
const pauseAfter = (busyMs: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.min(200, Math.max(1, 2 * busyMs))));

/** The last stored checkpoint, parsed; a stored row that does not parse stops the signer. */
export async function lastCheckpoint(db: Db): Promise<Checkpoint | null> {
  const row = await db.accessLogCheckpoint.findFirst({ orderBy: { n: "desc" } });
  if (!row) return null;
  const parsed = checkpointFromRow(row);
  if (!parsed) throw new Error(`access log checkpoint ${row.n} is unreadable: run npm run audit:verify`);
  return parsed;
}

/**
 * Signs the next checkpoint of the access log when one is due, and returns it (null when not due,
 * or when another instance signed this one first). A checkpoint names the head of every chain that
 * has rows, with the rows of each since the previous checkpoint (at most MAX_CHECKPOINT_ROWS in
 * all; a chain with no new row repeats its head). Those rows are checked (contiguous, linked,
 * hashRow) before signing, so a row rewritten before it was signed stops the signer instead of being
 * vouched for. The checkpoint is inserted and written to the export in one transaction: if the
 * export fails, nothing is stored and the next tick tries again.
 */
export async function signCheckpointIfDue(db: Db, o: { keys: AuditKeys; sink: CheckpointSink; policy: CheckpointPolicy; now?: Date }): Promise<Checkpoint | null> {
  const now = o.now ?? new Date();
  const last = await lastCheckpoint(db);
  // A forged last checkpoint must not become the base of genuine ones (another key: a rotation).
  if (last && last.keyId === o.keys.keyId && !isCheckpointSignatureValid(last, o.keys.publicKey)) {
    throw new Error(`access log checkpoint ${last.n} has an invalid signature: not signing; run npm run audit:verify`);
  }
  const signed = new Map((last?.heads ?? []).map((h) => [h.chain, { seq: BigInt(h.seq), hash: h.hash }]));
  const heads = await db.accessLogHead.findMany({ orderBy: { chain: "asc" } });
  const chains = heads
    .filter((h) => h.seq > 0n || signed.has(h.chain))
    .map((h) => ({ chain: h.chain, head: h.seq, from: (signed.get(h.chain)?.seq ?? 0n) + 1n, prevHash: signed.get(h.chain)?.hash ?? GENESIS_HASH }));
  const pending = chains.reduce((sum, c) => sum + (c.head >= c.from ? c.head - c.from + 1n : 0n), 0n);
  if (pending === 0n) return null;
  const oldest = await oldestUnsigned(db, chains);
  const due = pending >= BigInt(o.policy.rows) || (oldest !== null && now.getTime() - oldest.getTime() >= o.policy.minutes * 60_000);
  if (!due) return null;

  let room = BigInt(MAX_CHECKPOINT_ROWS);
  const checkpointHeads: Checkpoint["heads"] = [];
  for (const c of chains) {
    const take = c.head >= c.from ? (c.head - c.from + 1n < room ? c.head - c.from + 1n : room) : 0n;
    room -= take;
    const { hash, digests } = await checkRows(db, c.chain, c.from, c.from + take - 1n, c.prevHash);
    checkpointHeads.push({ chain: c.chain, fromSeq: String(c.from), seq: String(c.from + take - 1n), hash, digests });
  }

  const checkpoint = signCheckpoint(
    {
      n: String((last ? BigInt(last.n) : 0n) + 1n),
      at: now.toISOString(),
      heads: checkpointHeads,
      prevSignature: last?.signature ?? null,
      keyId: o.keys.keyId,
      demo: o.keys.demo,
    },
    o.keys.privateKey,
  );
  return db.$transaction(
    async (tx) => {
      // The primary key on n is the last word between instances: the second insert of n is skipped.
      const { count } = await tx.accessLogCheckpoint.createMany({
        data: [{ ...checkpoint, n: BigInt(checkpoint.n), at: now }],
        skipDuplicates: true,
      });
      if (count === 0) return null;
      await o.sink.append(checkpoint);
      return checkpoint;
    },
    { timeout: 30_000 },
  );
}

/** When the oldest row not yet signed was written, over every chain (null when none is). */
async function oldestUnsigned(db: Db, chains: { chain: number; head: bigint; from: bigint }[]): Promise<Date | null> {
  let oldest: Date | null = null;
  for (const c of chains) {
    if (c.head < c.from) continue;
    const first = await db.accessLog.findFirst({ where: { chain: c.chain, seq: c.from }, select: { at: true } });
    if (first && (!oldest || first.at < oldest)) oldest = first.at;
  }
  return oldest;
}

/** Checks rows from..to of a chain (contiguous, linked from prevHash, hashRow) and returns their digests and last hash. */
async function checkRows(db: Db, chain: number, from: bigint, to: bigint, prevHash: string): Promise<{ hash: string; digests: string }> {
  let expected = from;
  const digests: string[] = [];
  while (expected <= to) {
    const started = performance.now();
    const rows = await chainRows(db, chain, expected, to, CHECK_BATCH);
    if (rows.length === 0) break;
    for (const row of rows) {
      const { hash, ...fields } = row;
      if (row.seq !== expected || row.prevHash !== prevHash || hashRow(fields) !== hash) {
        throw new Error(`access log ${rowName(chain, expected)} does not verify: not signing; run npm run audit:verify`);
      }
      digests.push(hash.slice(0, DIGEST_HEX));
      prevHash = hash;
      expected += 1n;
    }
    await pauseAfter(performance.now() - started);
  }
  if (expected <= to) throw new Error(`access log ${rowName(chain, expected)} is missing: not signing; run npm run audit:verify`);
  return { hash: prevHash, digests: digests.join("") };
}
