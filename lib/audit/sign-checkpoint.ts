import type { Db } from "@/lib/db/client";
import { GENESIS_HASH, hashRow } from "@/lib/audit/chain";
import { DIGEST_HEX, checkpointFromRow, isCheckpointSignatureValid, signCheckpoint, type Checkpoint } from "@/lib/audit/checkpoint";
import type { CheckpointSink } from "@/lib/audit/checkpoint-export";
import type { AuditKeys } from "@/lib/audit/keys";

/** When a checkpoint is due: `rows` unsigned rows, or an unsigned row `minutes` old. */
export type CheckpointPolicy = { rows: number; minutes: number };

/** The most rows one checkpoint covers, so a long backlog (a bulk load) is signed in bounded pieces. */
export const MAX_CHECKPOINT_ROWS = 10_000;
const BATCH = 2_000;

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
 * or when another instance signed this one first). The rows since the last checkpoint are checked
 * (contiguous, linked, hashRow) before signing, so a row rewritten before it was signed stops the
 * signer instead of being vouched for. The checkpoint is inserted and written to the export in one
 * transaction: if the export fails, nothing is stored and the next tick tries again.
 */
export async function signCheckpointIfDue(db: Db, o: { keys: AuditKeys; sink: CheckpointSink; policy: CheckpointPolicy; now?: Date }): Promise<Checkpoint | null> {
  const now = o.now ?? new Date();
  const last = await lastCheckpoint(db);
  // A forged last checkpoint must not become the base of genuine ones (another key: a rotation).
  if (last && last.keyId === o.keys.keyId && !isCheckpointSignatureValid(last, o.keys.publicKey)) {
    throw new Error(`access log checkpoint ${last.n} has an invalid signature: not signing; run npm run audit:verify`);
  }
  const lastHead = last?.heads.find((h) => h.chain === 0);
  const lastSeq = lastHead ? BigInt(lastHead.seq) : 0n;
  const head = await db.accessLogHead.findUnique({ where: { id: 1 } });
  if (!head || head.seq <= lastSeq) return null;

  const first = await db.accessLog.findFirst({ where: { seq: { gt: lastSeq } }, orderBy: { seq: "asc" }, select: { at: true } });
  const pending = head.seq - lastSeq;
  const due = pending >= BigInt(o.policy.rows) || (first !== null && now.getTime() - first.at.getTime() >= o.policy.minutes * 60_000);
  if (!due) return null;

  const endSeq = lastSeq + (pending < BigInt(MAX_CHECKPOINT_ROWS) ? pending : BigInt(MAX_CHECKPOINT_ROWS));
  let prevHash = lastHead?.hash ?? GENESIS_HASH;
  let expected = lastSeq + 1n;
  const digests: string[] = [];
  while (expected <= endSeq) {
    const rows = await db.accessLog.findMany({ where: { seq: { gte: expected, lte: endSeq } }, orderBy: { seq: "asc" }, take: BATCH });
    if (rows.length === 0) break;
    for (const row of rows) {
      const { hash, ...fields } = row;
      if (row.seq !== expected || row.prevHash !== prevHash || hashRow(fields) !== hash) {
        throw new Error(`access log row ${expected} does not verify: not signing; run npm run audit:verify`);
      }
      digests.push(hash.slice(0, DIGEST_HEX));
      prevHash = hash;
      expected += 1n;
    }
  }
  if (expected <= endSeq) throw new Error(`access log row ${expected} is missing: not signing; run npm run audit:verify`);

  const checkpoint = signCheckpoint(
    {
      n: String((last ? BigInt(last.n) : 0n) + 1n),
      at: now.toISOString(),
      heads: [{ chain: 0, fromSeq: String(lastSeq + 1n), seq: String(endSeq), hash: prevHash, digests: digests.join("") }],
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
