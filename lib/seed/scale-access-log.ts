import type pg from "pg";
import { hashRow, type ChainedFields } from "@/lib/audit/chain";
import { BatchInserter, arrayLiteral } from "@/lib/seed/scale-batch";

export type LogFields = Omit<ChainedFields, "seq" | "prevHash">;

const COLUMNS = [
  ["chain", "int"], ["seq", "bigint"], ["at", "timestamp"], ["userId", "text"], ["apiClientId", "text"], ["actorLabel", "text"], ["unitId", "text"],
  ["unitCode", "text"], ["system", "text"], ["operation", "text"], ["purposeKind", "text"], ["purposeRef", "text"], ["legalBasis", "text"],
  ["lookupId", "text"], ["query", "text", "jsonb"], ["resultIds", "text", "text[]"], ["resultCount", "int"], ["outcome", "text"],
  ["errorKind", "text"], ["ip", "text"], ["prevHash", "text"], ["hash", "text"],
] as const;

/**
 * Appends rows to the hash-chained access log in bulk: each row's hash is computed here with the
 * very function the verifier uses (hashRow), chained from the head read under its row lock, and
 * the head is moved once at the end, in the caller's transaction. Rows must be pushed in time order.
 * Bulk rows all go to chain 0: one lock for the whole load, and every chain verifies on its own.
 */
export class ChainWriter {
  private readonly batch: BatchInserter;
  private constructor(private readonly client: pg.ClientBase, private seq: bigint, private hash: string, batchSize: number) {
    this.batch = new BatchInserter(client, "access_log", COLUMNS, batchSize);
  }

  /** Locks the chain's head (FOR UPDATE, until the transaction ends) and starts from it. */
  static async open(client: pg.ClientBase, batchSize = 5_000): Promise<ChainWriter> {
    const { rows } = await client.query<{ seq: string; hash: string }>(`SELECT "seq"::text AS "seq", "hash" FROM "access_log_head" WHERE "chain" = 0 FOR UPDATE`);
    if (!rows[0]) throw new Error("access_log_head is missing: run the migrations");
    return new ChainWriter(client, BigInt(rows[0].seq), rows[0].hash, batchSize);
  }

  get rows(): bigint {
    return this.seq;
  }

  async push(f: LogFields): Promise<void> {
    const seq = this.seq + 1n;
    const hash = hashRow({ ...f, seq, prevHash: this.hash });
    await this.batch.push([
      0, seq.toString(), f.at.toISOString(), f.userId, f.apiClientId, f.actorLabel, f.unitId, f.unitCode, f.system, f.operation, f.purposeKind,
      f.purposeRef, f.legalBasis, f.lookupId, JSON.stringify(f.query), arrayLiteral(f.resultIds), f.resultCount, f.outcome, f.errorKind, f.ip, this.hash, hash,
    ]);
    this.seq = seq;
    this.hash = hash;
  }

  /** Writes what is buffered and moves the head to the last row. */
  async close(): Promise<void> {
    await this.batch.drain();
    await this.client.query(`UPDATE "access_log_head" SET "seq" = $1, "hash" = $2 WHERE "chain" = 0`, [this.seq.toString(), this.hash]);
  }
}
