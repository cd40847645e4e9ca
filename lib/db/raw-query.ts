import pg from "pg";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

// The hot path's statements (the system API's key check and the lookup's write) are single raw SQL
// statements. Through Prisma each costs the client several times the driver's own CPU (the query
// goes through its JSON protocol, query compiler and result mapping), and the server's CPU per
// lookup is what limits an instance. queryRows sends such a statement straight to the pool the
// Prisma client itself uses: same connections, same settings, same statement timeout.

const pools = new WeakMap<object, pg.Pool>();

/** Called by createPrismaClient: `client` runs its queries on `pool`. */
export function registerPool(client: object, pool: pg.Pool): void {
  pools.set(client, pool);
}

const TIMESTAMP_OID = 1114;

/**
 * `timestamp without time zone` columns hold UTC (Prisma's convention, which every writer here
 * follows): read them as UTC, where pg would read them in the process's local time zone.
 */
export function parseUtcTimestamp(value: string): Date {
  return new Date(`${value.replace(" ", "T")}Z`);
}

const TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP_OID && format !== "binary" ? parseUtcTimestamp : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

/**
 * A parameter as Prisma's adapter sends it: a Date as its UTC ISO string (pg would write local
 * time with an offset, which a cast to `timestamp` silently drops), a bigint as its digits.
 * Every statement sent through `pg` directly passes its values through this (also the bulk loader).
 */
export function toPgParam(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  return value;
}

/**
 * The rows of one raw statement, as `db.$queryRaw(sql)` would return them for the column types
 * the hot path reads (text, boolean, integer, timestamp, json, text[]). Through db's own pool when
 * createPrismaClient made it; through Prisma otherwise (a transaction client, a test double).
 *
 * Through the pool, a statement is prepared once per connection under a name (statementName) and
 * then only bound and executed: PostgreSQL neither parses nor plans it again, which was half of its
 * CPU per lookup. A plan that a schema change invalidated in a way PostgreSQL cannot re-plan
 * ("cached plan must not change result type", after a migration during a rolling deploy) is dropped
 * by giving the text a new name, and the statement runs once more.
 */
export async function queryRows<T>(db: Db | Tx, sql: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool) return db.$queryRaw<T[]>(sql);
  const values = sql.values.map(toPgParam);
  try {
    return (await pool.query({ name: statementName(sql.text), text: sql.text, values, types: TYPES })).rows as T[];
  } catch (error) {
    if (!isStalePlan(error)) throw error;
    return (await pool.query({ name: statementName(sql.text, true), text: sql.text, values, types: TYPES })).rows as T[];
  }
}

/** The hot path has a handful of statement texts (their values are parameters); past this many, the rest go unnamed. */
const MAX_NAMED_STATEMENTS = 64;
const statementNames = new Map<string, string>();
let namedCount = 0;

/**
 * The name `text` is prepared under on every connection of this process: one text, one name, so a
 * connection never sees a name with two texts (pg refuses that). `renew` gives the text a name no
 * connection has prepared yet. Undefined (an unnamed statement) once the table is full.
 */
export function statementName(text: string, renew = false): string | undefined {
  let name = renew ? undefined : statementNames.get(text);
  if (name === undefined && (renew || statementNames.size < MAX_NAMED_STATEMENTS)) statementNames.set(text, (name = `hotich_${++namedCount}`));
  return name;
}

/** PostgreSQL's refusal to run a prepared statement whose result columns a schema change altered. */
function isStalePlan(error: unknown): boolean {
  return (error as { code?: string })?.code === "0A000" && /cached plan must not change result type/.test((error as Error).message);
}
