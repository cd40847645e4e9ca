import type { KeyObject } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { GENESIS_HASH, MAX_CHAINS, canonicalJson } from "@/lib/audit/chain";
import { DIGEST_HEX, checkpointFromRow, isCheckpointSignatureValid, type Checkpoint, type CheckpointHead } from "@/lib/audit/checkpoint";

/** A head of a checkpoint whose signature verified: the rows of its chain it vouches for. */
export type CoveredRange = CheckpointHead & { n: string };
/** A problem, placed at the first row it puts in doubt (chain and seq), when it has one. */
export type EvidenceProblem = { problem: string; chain: number | null; seq: bigint | null };
export type Evidence = { covered: CoveredRange[]; checkpoints: number; problem: EvidenceProblem | null };

/** "row 7" in chain 0 (the whole log of a single-chain deployment), "row 7 of chain 3" elsewhere. */
export function rowName(chain: number, seq: bigint | string): string {
  return chain === 0 ? `row ${seq}` : `row ${seq} of chain ${chain}`;
}

/**
 * Checks the signed checkpoints themselves: the table's against the export's (a checkpoint deleted
 * from the database is still in the export, and the export's copy is the one trusted), numbering
 * without gaps, each signature under the public key, each linked to the signature before it, and
 * each head starting where the same chain's head in the previous checkpoint ended. A checkpoint
 * names every chain the previous one named (a chain left out would be a chain no longer vouched
 * for). Returns the ranges the valid ones vouch for, for the row walk (verify-chain.ts), and the
 * first problem, placed at the first row it puts in doubt.
 */
export async function checkCheckpoints(db: Db, o: { publicKey: KeyObject | null; exported: Checkpoint[] | null }): Promise<Evidence> {
  const rows = await db.accessLogCheckpoint.findMany({ orderBy: { n: "asc" } });
  const problems: EvidenceProblem[] = [];
  const note = (problem: string, at: { chain: number; seq: bigint } | null) => problems.push({ problem, chain: at?.chain ?? null, seq: at?.seq ?? null });
  const byN = new Map<string, Checkpoint>();
  for (const row of rows) {
    const parsed = checkpointFromRow(row);
    if (parsed) byN.set(parsed.n, parsed);
    else note(`checkpoint ${row.n} in the database is unreadable`, null);
  }
  if (o.exported) {
    const exportedByN = new Map(o.exported.map((c) => [c.n, c]));
    for (const [n, table] of byN) {
      const copy = exportedByN.get(n);
      if (!copy) note(`checkpoint ${n} is missing from the export`, firstRow(table));
      else if (canonicalJson(copy) !== canonicalJson(table)) note(`checkpoint ${n} differs between the database and the export`, firstRow(copy));
    }
    for (const [n, copy] of exportedByN) {
      if (!byN.has(n)) note(`checkpoint ${n} is in the export but missing from the database`, firstRow(copy));
      byN.set(n, copy);
    }
  }
  const all = [...byN.values()].sort((a, b) => (BigInt(a.n) < BigInt(b.n) ? -1 : 1));
  if (all.length > 0 && !o.publicKey) note("checkpoints are present but no public key was given to check them (AUDIT_VERIFY_KEY)", null);

  const covered: CoveredRange[] = [];
  /** Per chain: the seq the next checkpoint's head must start from, and the hash it ended on. */
  const ends = new Map<number, { next: bigint; hash: string }>();
  let prev: Checkpoint | null = null;
  let nextRow: { chain: number; seq: bigint } = { chain: 0, seq: 1n };
  for (const [i, c] of all.entries()) {
    const n = BigInt(c.n);
    const from = firstRow(c);
    if (n !== BigInt(i + 1)) note(`checkpoint ${i + 1} is missing`, nextRow);
    if (!o.publicKey) break;
    if (!isCheckpointSignatureValid(c, o.publicKey)) {
      note(`checkpoint ${c.n} does not verify with the public key: forged, altered or signed with another key`, from);
    } else if (c.prevSignature !== (prev?.signature ?? null)) {
      note(`checkpoint ${c.n} does not follow checkpoint ${prev?.n ?? "(none)"}: a checkpoint was removed or replaced`, from);
    } else if (!continues(c.heads, ends)) {
      note(`checkpoint ${c.n} does not cover the rows after checkpoint ${prev?.n ?? "(none)"}`, from);
    } else {
      for (const head of c.heads) {
        if (BigInt(head.seq) >= BigInt(head.fromSeq)) covered.push({ ...head, n: c.n });
        ends.set(head.chain, { next: BigInt(head.seq) + 1n, hash: head.hash });
      }
      const first = [...c.heads].sort((x, y) => x.chain - y.chain)[0];
      if (first) nextRow = { chain: first.chain, seq: BigInt(first.seq) + 1n };
    }
    prev = c;
  }
  covered.sort((a, b) => a.chain - b.chain || (BigInt(a.fromSeq) < BigInt(b.fromSeq) ? -1 : 1));
  return { covered, checkpoints: all.length, problem: firstInLog(problems) };
}

/**
 * Whether a checkpoint's heads go on from where the previous checkpoints left each chain: one head
 * per chain, every chain named before named again, each starting at the next row of its chain, its
 * digests one per row, and a head with no new row repeating the hash its chain ended on.
 */
function continues(heads: CheckpointHead[], ends: Map<number, { next: bigint; hash: string }>): boolean {
  const chains = new Set(heads.map((h) => h.chain));
  if (chains.size !== heads.length || [...ends.keys()].some((chain) => !chains.has(chain))) return false;
  return heads.every((h) => {
    const end = ends.get(h.chain) ?? { next: 1n, hash: GENESIS_HASH };
    const [from, seq] = [BigInt(h.fromSeq), BigInt(h.seq)];
    if (h.chain >= MAX_CHAINS || from !== end.next || seq < from - 1n) return false;
    if (h.digests.length !== Number(seq - from + 1n) * DIGEST_HEX) return false;
    return seq >= from || h.hash === end.hash;
  });
}

/** The problem at the first row of the log (one with no row first: it puts everything in doubt); the first noted on a tie. */
export function firstInLog(problems: (EvidenceProblem | null)[]): EvidenceProblem | null {
  let first: EvidenceProblem | null = null;
  for (const p of problems) {
    if (!p) continue;
    if (!first || (first.seq !== null && (p.seq === null || isBefore(p, first)))) first = p;
  }
  return first;
}

function isBefore(a: EvidenceProblem, b: EvidenceProblem): boolean {
  const [ca, cb] = [a.chain ?? 0, b.chain ?? 0];
  return ca !== cb ? ca < cb : a.seq! < b.seq!;
}

/** The first row a checkpoint vouches for (its first head with rows, else its first head's next row). */
function firstRow(c: Checkpoint): { chain: number; seq: bigint } | null {
  const head = c.heads.find((h) => BigInt(h.seq) >= BigInt(h.fromSeq)) ?? c.heads[0];
  return head ? { chain: head.chain, seq: BigInt(head.fromSeq) } : null;
}
