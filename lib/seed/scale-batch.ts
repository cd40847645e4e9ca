import type pg from "pg";

/** A column of a batched insert: its name, the array type sent, and an optional cast in the SELECT. */
export type ColumnSpec = readonly [name: string, paramType: string, cast?: string];

/**
 * Rows buffered column by column and written with one multi-row statement per batch
 * (`INSERT … SELECT … FROM unnest($1::type[], …)`): one round trip and one plan for thousands of
 * rows, memory bounded by the batch size. Array-valued columns travel as array literals
 * ("{a,b}") and are cast in the SELECT, since unnest would flatten a two-dimensional array.
 */
export class BatchInserter {
  private readonly columns: unknown[][];
  private readonly sql: string;
  rows = 0;
  written = 0;

  /** `before` runs before each write: e.g. flush the batch holding the rows this one references. */
  constructor(private readonly client: pg.ClientBase, table: string, private readonly specs: readonly ColumnSpec[], private readonly batchSize = 5_000, private readonly before?: () => Promise<void>) {
    this.columns = specs.map(() => []);
    const names = specs.map(([n]) => `"${n}"`).join(", ");
    const params = specs.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
    const aliases = specs.map((_, i) => `c${i}`);
    const select = specs.map(([, , cast], i) => (cast ? `c${i}::${cast}` : `c${i}`)).join(", ");
    this.sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${aliases.join(", ")})`;
  }

  async push(values: readonly unknown[]): Promise<void> {
    for (let i = 0; i < this.specs.length; i++) this.columns[i]!.push(values[i] ?? null);
    this.rows += 1;
    if (this.rows >= this.batchSize) await this.flush();
  }

  /**
   * Sends the buffered rows. The statement is not awaited: the next batch is generated while this
   * one is written (at most one batch of this table in flight, so memory stays bounded). Statements
   * of every inserter share one connection, so they execute in the order they were sent — a batch
   * sent after the rows it references (see `before`) is written after them.
   */
  async flush(): Promise<void> {
    if (this.rows === 0) return;
    await this.before?.();
    const params = this.columns.map((c) => c.splice(0, c.length));
    const n = this.rows;
    this.rows = 0;
    await this.settle();
    this.inflight = this.client.query(this.sql, params).then(
      () => void (this.written += n),
      (error: unknown) => void (this.failure = error),
    );
  }

  /** Sends what is buffered and waits until every batch is written (rethrowing a failure). */
  async drain(): Promise<void> {
    await this.flush();
    await this.settle();
  }

  private inflight: Promise<void> | null = null;
  private failure: unknown = null;

  private async settle(): Promise<void> {
    await this.inflight;
    this.inflight = null;
    if (this.failure) throw this.failure;
  }
}

/** A PostgreSQL array literal of plain identifiers (ids, codes): no quoting needed beyond "…". */
export function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replace(/["\\]/g, "")}"`).join(",")}}`;
}
