import type pg from "pg";
import { ACCESS_LOG_COLUMNS, ACCESS_LOG_COLUMN_NAMES, type AccessLogColumn } from "@/lib/audit/access-log-row";
import { hashRow, type ChainedFields } from "@/lib/audit/chain";
import { toPgParam } from "@/lib/db/raw-query";
import { BatchInserter, arrayLiteral, type ColumnSpec } from "@/lib/seed/scale-batch";

export type LogFields = Omit<ChainedFields, "seq" | "prevHash">;

/** The batch columns, from the row's column list: JSON and arrays travel as text and are cast. */
const COLUMNS: ColumnSpec[] = [
  ...ACCESS_LOG_COLUMN_NAMES.map((column): ColumnSpec => {
    const type = ACCESS_LOG_COLUMNS[column];
    return type === "jsonb" || type === "text[]" ? [column, "text", type] : [column, type];
  }),
  ["hash", "text"],
];

/** A column's value as the batch sends it. */
function batchValue(row: ChainedFields, column: AccessLogColumn): unknown {
  const value = row[column];
  if (column === "query") return JSON.stringify(value);
  if (column === "resultIds") return arrayLiteral(value as string[]);
  return toPgParam(value) ?? null;
}

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
    const row: ChainedFields = { ...f, chain: 0, seq, prevHash: this.hash };
    const hash = hashRow(row);
    await this.batch.push([...ACCESS_LOG_COLUMN_NAMES.map((column) => batchValue(row, column)), hash]);
    this.seq = seq;
    this.hash = hash;
  }

  /** Writes what is buffered and moves the head to the last row. */
  async close(): Promise<void> {
    await this.batch.drain();
    await this.client.query(`UPDATE "access_log_head" SET "seq" = $1, "hash" = $2 WHERE "chain" = 0`, [this.seq.toString(), this.hash]);
  }
}
