import type { KeyObject } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { canonicalJson } from "@/lib/audit/chain";
import { DIGEST_HEX, checkpointFromRow, isCheckpointSignatureValid, type Checkpoint, type CheckpointHead } from "@/lib/audit/checkpoint";

/** A head of a checkpoint whose signature verified: the rows it vouches for. */
export type CoveredRange = CheckpointHead & { n: string };
export type EvidenceProblem = { problem: string; seq: bigint | null };
export type Evidence = { covered: CoveredRange[]; checkpoints: number; problem: EvidenceProblem | null };

/**
 * Checks the signed checkpoints themselves: the table's against the export's (a checkpoint deleted
 * from the database is still in the export, and the export's copy is the one trusted), numbering
 * without gaps, each signature under the public key, each linked to the signature before it, and
 * each starting where the previous one ended. Returns the ranges the valid ones vouch for, for the
 * row walk (verify-chain.ts), and the first problem, placed at the first seq it puts in doubt.
 */
export async function checkCheckpoints(db: Db, o: { publicKey: KeyObject | null; exported: Checkpoint[] | null }): Promise<Evidence> {
  const rows = await db.accessLogCheckpoint.findMany({ orderBy: { n: "asc" } });
  const problems: EvidenceProblem[] = [];
  const note = (problem: string, seq: bigint | null) => problems.push({ problem, seq });
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
      if (!copy) note(`checkpoint ${n} is missing from the export`, firstSeq(table));
      else if (canonicalJson(copy) !== canonicalJson(table)) note(`checkpoint ${n} differs between the database and the export`, firstSeq(copy));
    }
    for (const [n, copy] of exportedByN) {
      if (!byN.has(n)) note(`checkpoint ${n} is in the export but missing from the database`, firstSeq(copy));
      byN.set(n, copy);
    }
  }
  const all = [...byN.values()].sort((a, b) => (BigInt(a.n) < BigInt(b.n) ? -1 : 1));
  if (all.length > 0 && !o.publicKey) note("checkpoints are present but no public key was given to check them (AUDIT_VERIFY_KEY)", null);

  const covered: CoveredRange[] = [];
  let prev: Checkpoint | null = null;
  let nextSeq = 1n;
  for (const [i, c] of all.entries()) {
    const n = BigInt(c.n);
    const head = c.heads.find((h) => h.chain === 0);
    const from = head ? BigInt(head.fromSeq) : null;
    if (n !== BigInt(i + 1)) note(`checkpoint ${i + 1} is missing`, nextSeq);
    if (!o.publicKey) break;
    if (!isCheckpointSignatureValid(c, o.publicKey)) {
      note(`checkpoint ${c.n} does not verify with the public key: forged, altered or signed with another key`, from);
    } else if (c.prevSignature !== (prev?.signature ?? null)) {
      note(`checkpoint ${c.n} does not follow checkpoint ${prev?.n ?? "(none)"}: a checkpoint was removed or replaced`, from);
    } else if (!head || from !== nextSeq || head.digests.length !== Number(BigInt(head.seq) - from + 1n) * DIGEST_HEX) {
      note(`checkpoint ${c.n} does not cover the rows after checkpoint ${prev?.n ?? "(none)"}`, from);
    } else {
      covered.push({ ...head, n: c.n });
      nextSeq = BigInt(head.seq) + 1n;
    }
    prev = c;
  }
  return { covered, checkpoints: all.length, problem: firstBySeq(problems) };
}

/** The problem at the lowest seq (one with no seq first: it puts everything in doubt); the first noted on a tie. */
export function firstBySeq(problems: (EvidenceProblem | null)[]): EvidenceProblem | null {
  let first: EvidenceProblem | null = null;
  for (const p of problems) {
    if (!p) continue;
    if (!first || (first.seq !== null && (p.seq === null || p.seq < first.seq))) first = p;
  }
  return first;
}

function firstSeq(c: Checkpoint): bigint | null {
  const head = c.heads.find((h) => h.chain === 0);
  return head ? BigInt(head.fromSeq) : null;
}
