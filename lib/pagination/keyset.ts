import { z } from "zod";

/**
 * Keyset ("seek") pagination: a page is the rows after (or before) the last row seen, in a total
 * order with a unique tiebreaker, so it costs the same on page 1 and page 100,000, and rows added
 * meanwhile never shift a page (no duplicates, no skips). The position travels in the URL as an
 * opaque cursor (base64url of the key's values); no page count is computed.
 */

export type KeyValue = string | number | bigint | Date;
export type KeyField = { field: string; kind: "date" | "int" | "bigint" | "string" };

/** The cursor fields of a filter schema: after (next pages) or before (previous pages). */
export const ZCursorFields = {
  after: z.string().trim().max(200).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined),
  before: z.string().trim().max(200).regex(/^[A-Za-z0-9_-]+$/).optional().catch(undefined),
};

export function encodeCursor(values: readonly KeyValue[]): string {
  const plain = values.map((v) => (v instanceof Date ? v.toISOString() : typeof v === "bigint" ? v.toString() : v));
  return Buffer.from(JSON.stringify(plain), "utf8").toString("base64url");
}

/** The key values of a cursor, typed by `keys`; null for anything malformed (then the first page is shown). */
export function decodeCursor(cursor: string | undefined, keys: readonly KeyField[]): KeyValue[] | null {
  if (!cursor) return null;
  try {
    const raw: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(raw) || raw.length !== keys.length) return null;
    const out: KeyValue[] = [];
    for (const [i, key] of keys.entries()) {
      const v = raw[i];
      if (key.kind === "date") {
        const d = typeof v === "string" ? new Date(v) : null;
        if (!d || Number.isNaN(d.getTime())) return null;
        out.push(d);
      } else if (key.kind === "int") {
        if (typeof v !== "number" || !Number.isSafeInteger(v)) return null;
        out.push(v);
      } else if (key.kind === "bigint") {
        if (typeof v !== "string" || !/^-?\d{1,20}$/.test(v)) return null;
        out.push(BigInt(v));
      } else {
        if (typeof v !== "string" || v.length > 100) return null;
        out.push(v);
      }
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * The Prisma condition "key after `values`" for an order where every key goes `direction`
 * ("desc": strictly smaller tuples come next): (k1 < v1) OR (k1 = v1 AND k2 < v2) OR …
 */
export function keysetWhere(keys: readonly KeyField[], values: readonly KeyValue[], direction: "asc" | "desc"): Record<string, unknown> {
  const op = direction === "desc" ? "lt" : "gt";
  return {
    OR: keys.map((key, i) => ({
      ...Object.fromEntries(keys.slice(0, i).map((k, j) => [k.field, values[j]])),
      [key.field]: { [op]: values[i] },
    })),
  };
}

export type KeysetPage<T> = { rows: T[]; next: string | null; prev: string | null };

/**
 * One page by keyset: `fetch(where, order, take)` is asked for a page plus one row in the list's
 * order (or, for `before`, in the reverse order, then turned back). Returns the rows and the
 * cursors of the next and previous pages (null when there is none).
 */
export async function keysetPage<T>(opts: {
  keys: readonly KeyField[];
  /** The list's order (every key the same way). */
  direction: "asc" | "desc";
  after?: string;
  before?: string;
  pageSize: number;
  valuesOf: (row: T) => KeyValue[];
  fetch: (seek: Record<string, unknown> | undefined, order: "asc" | "desc", take: number) => Promise<T[]>;
}): Promise<KeysetPage<T>> {
  const { keys, direction, pageSize } = opts;
  const reverse = direction === "desc" ? "asc" : "desc";
  const before = decodeCursor(opts.before, keys);
  const after = before ? null : decodeCursor(opts.after, keys);
  if (before) {
    const got = await opts.fetch(keysetWhere(keys, before, reverse), reverse, pageSize + 1);
    const more = got.length > pageSize;
    const rows = got.slice(0, pageSize).reverse();
    return {
      rows,
      next: rows.length ? encodeCursor(opts.valuesOf(rows[rows.length - 1]!)) : null,
      prev: more && rows.length ? encodeCursor(opts.valuesOf(rows[0]!)) : null,
    };
  }
  const got = await opts.fetch(after ? keysetWhere(keys, after, direction) : undefined, direction, pageSize + 1);
  const more = got.length > pageSize;
  const rows = got.slice(0, pageSize);
  return {
    rows,
    next: more ? encodeCursor(opts.valuesOf(rows[rows.length - 1]!)) : null,
    prev: after && rows.length ? encodeCursor(opts.valuesOf(rows[0]!)) : null,
  };
}

/**
 * Every row of a list in keyset batches, for exports: memory holds one batch at a time however
 * long the list.
 */
export async function* keysetBatches<T>(opts: {
  keys: readonly KeyField[];
  direction: "asc" | "desc";
  batchSize: number;
  valuesOf: (row: T) => KeyValue[];
  fetch: (seek: Record<string, unknown> | undefined, order: "asc" | "desc", take: number) => Promise<T[]>;
}): AsyncGenerator<T[]> {
  let last: KeyValue[] | null = null;
  for (;;) {
    const rows = await opts.fetch(last ? keysetWhere(opts.keys, last, opts.direction) : undefined, opts.direction, opts.batchSize);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < opts.batchSize) return;
    last = opts.valuesOf(rows[rows.length - 1]!);
  }
}
