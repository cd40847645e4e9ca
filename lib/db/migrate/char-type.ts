/**
 * PostgreSQL's internal one-byte `"char"` type, for the schema engine's catalog queries.
 *
 * The engine's introspection reads pg_catalog columns of type `"char"` (pg_constraint.contype,
 * pg_class.relkind…) and expects them as Rust `char`s. @prisma/adapter-pg has no mapping for that
 * type and throws UnsupportedNativeDataType ("Column type 'char' could not be deserialized"), and
 * reporting the columns as text is not enough either: the engine then panics on `as char failed`.
 * So: the pg client relabels `"char"` result columns as text (which the adapter accepts) and
 * remembers which ones they were; the adapter's queryRaw then reports them as Character.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQueryable } from "@prisma/driver-adapter-utils";
import pg from "pg";

const CHAR_OID = 18;
const TEXT_OID = 25;

/** Rows array of a result (kept by identity through the adapter) → indexes of its `"char"` columns. */
const charColumns = new WeakMap<object, number[]>();

type PgResultLike = { fields?: { dataTypeID: number }[]; rows?: unknown[] } | undefined;

function relabel<T>(result: T): T {
  for (const one of (Array.isArray(result) ? result : [result]) as PgResultLike[]) {
    const indexes: number[] = [];
    one?.fields?.forEach((field, index) => {
      if (field.dataTypeID !== CHAR_OID) return;
      field.dataTypeID = TEXT_OID; // the text form of a "char" is already the one character
      indexes.push(index);
    });
    if (indexes.length && one?.rows) charColumns.set(one.rows, indexes);
  }
  return result;
}

/** A pg client (set as the pool's `Client`) whose results never carry the `"char"` type. */
export class CharAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- mirrors pg's many overloads
  override query(...args: any[]): any {
    const last: unknown = args.at(-1);
    if (typeof last === "function") {
      // pg.Pool#query passes a callback rather than awaiting the promise.
      args[args.length - 1] = (error: unknown, result: unknown) => last(error, error ? result : relabel(result));
    }
    const returned = (super.query as (...a: unknown[]) => unknown)(...args);
    return returned instanceof Promise ? returned.then(relabel) : returned;
  }
}

function restoreCharColumns<Q extends SqlQueryable>(queryable: Q): Q {
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const index of charColumns.get(result.rows) ?? []) result.columnTypes[index] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

/**
 * adapter-pg's executeScript splits a migration on every ";", which cuts PL/pgSQL bodies
 * ($$ … ; … $$, e.g. the access log's append-only trigger) into invalid pieces. PostgreSQL's simple
 * query protocol runs a multi-statement script as one string, exactly as the native engine does.
 */
function wholeScript(adapter: SqlDriverAdapter): void {
  // The adapter's own driver: the pool of the database this adapter is connected to.
  const driver = (adapter as SqlDriverAdapter & { underlyingDriver(): pg.Pool | pg.Client }).underlyingDriver();
  adapter.executeScript = async (script: string) => {
    await driver.query(script);
  };
}

function charAware(adapter: SqlDriverAdapter): SqlDriverAdapter {
  wholeScript(adapter);
  restoreCharColumns(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => restoreCharColumns(await startTransaction(...args));
  return adapter;
}

/**
 * PrismaPg over `pool` (whose `Client` must be CharAsTextClient), reporting `"char"` columns as
 * Character, ready for bindMigrationAwareSqlAdapterFactory.
 */
export function charAwarePgFactory(pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPg(pool);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => charAware(await inner.connect()),
    connectToShadowDb: async () => charAware(await inner.connectToShadowDb()),
  };
}
