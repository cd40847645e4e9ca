// The database floor of a benchmark: the SQL statements an operation sends, captured from
// PostgreSQL's own log (log_statement = 'all' for a short window) and replayed with their
// parameters through `pg`, without the application. It reads what the server logged, so it follows
// whatever the application sends (new tables, another access-log layout) with no change here.
import { randomInt } from "node:crypto";
import pg from "pg";

/**
 * One logged statement: the backend that ran it, its text and its parameters ($1 → values[0]), and
 * the name it was prepared under when the application sent it as a named prepared statement (the
 * replay then prepares it once per connection too, as the application's pool does).
 */
export type LoggedStatement = { pid: number; text: string; values: (string | null)[]; name?: string };

/** How many captured statements begin the same way (whitespace collapsed, first `chars` characters), most frequent first. */
export function statementShapes(statements: readonly LoggedStatement[], chars = 70): { count: number; shape: string }[] {
  const counts = new Map<string, number>();
  for (const s of statements) {
    const shape = s.text.replace(/\s+/g, " ").trim().slice(0, chars);
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return [...counts].map(([shape, count]) => ({ count, shape })).sort((a, b) => b.count - a.count);
}

/** Statements to run in order on one connection: one statement, or a BEGIN … COMMIT block. */
export type ReplayUnit = LoggedStatement[];

// The default log_line_prefix '%m [%p] ': "2026-12-05 16:10:00.123 UTC [12345] LOG:  …".
const ENTRY = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[(\d+)\] ([A-Z]+):  ([\s\S]*)$/;
const LINE_START = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+ \[\d+\] [A-Z]+:  /;

/** The log's entries (a message and its continuation lines), in order. */
export function logEntries(log: string): { pid: number; level: string; message: string }[] {
  const out: { pid: number; level: string; message: string }[] = [];
  for (const line of log.split("\n")) {
    if (LINE_START.test(line)) {
      const m = ENTRY.exec(line)!;
      out.push({ pid: Number(m[1]), level: m[2]!, message: m[3]! });
    } else if (out.length) {
      out[out.length - 1]!.message += `\n${line}`;
    }
  }
  for (const e of out) e.message = e.message.replace(/\n+$/, "");
  return out;
}

/** The values of a "parameters: $1 = 'a', $2 = NULL" detail line ('' inside quotes is one '). */
export function parseParameters(detail: string): (string | null)[] {
  const values: (string | null)[] = [];
  const re = /\$(\d+) = (NULL|'((?:[^']|'')*)')(?:, |$)/gy;
  re.lastIndex = detail.indexOf("$");
  if (re.lastIndex < 0) return values;
  for (let m = re.exec(detail); m; m = re.exec(detail)) values[Number(m[1]) - 1] = m[2] === "NULL" ? null : m[3]!.replace(/''/g, "'");
  return Array.from(values, (v) => (v === undefined ? null : v));
}

/**
 * The statements of a server log written with log_statement = 'all': simple queries
 * ("statement: …") and extended-protocol executions ("execute <name>: …" followed by their
 * "parameters:" detail). Statements of `excludePids` (e.g. the benchmark's own connection) are left out.
 */
export function parseStatementLog(log: string, excludePids: ReadonlySet<number> = new Set()): LoggedStatement[] {
  const out: LoggedStatement[] = [];
  let last: LoggedStatement | null = null;
  for (const e of logEntries(log)) {
    if (e.level === "LOG") {
      const m = /^(?:statement|execute ([^:]*)): ([\s\S]*)$/.exec(e.message);
      last = null;
      if (!m || excludePids.has(e.pid)) continue;
      last = { pid: e.pid, text: m[2]!, values: [], ...(m[1] && m[1] !== "<unnamed>" ? { name: m[1] } : {}) };
      out.push(last);
    } else if (e.level === "DETAIL" && last && last.pid === e.pid && e.message.startsWith("parameters: ")) {
      last.values = parseParameters(e.message.slice("parameters: ".length));
      last = null;
    }
  }
  return out;
}

const isBegin = (text: string) => /^\s*(BEGIN|START\s+TRANSACTION)\b/i.test(text);
const isEnd = (text: string) => /^\s*(COMMIT|ROLLBACK|END)\b/i.test(text);

/**
 * Groups statements into what must replay on one connection: a transaction (BEGIN … COMMIT of one
 * backend) is one unit, any other statement its own. Units are in the order they started.
 */
export function replayUnits(statements: readonly LoggedStatement[]): ReplayUnit[] {
  const units: ReplayUnit[] = [];
  const open = new Map<number, ReplayUnit>();
  for (const s of statements) {
    const current = open.get(s.pid);
    if (current) {
      current.push(s);
      if (isEnd(s.text)) open.delete(s.pid);
    } else if (isBegin(s.text)) {
      const unit = [s];
      units.push(unit);
      open.set(s.pid, unit);
    } else {
      units.push([s]);
    }
  }
  return units;
}

// Row ids as Prisma's cuid() makes them (and newId, lib/db/new-id.ts): "c" and 24 base-36 characters.
const CUID = /\bc[0-9a-z]{24}\b/g;

/**
 * Ids to renew on every replay: the cuid-shaped values of the parameters that `existing` (the ids
 * the database held before the captured work, existingIds) does not hold, i.e. the ids of rows the
 * captured work created (a lookup's, a new dossier's, and later statements naming that dossier).
 * Existing ones (a unit, the API client, a procedure) are references and stay as they are.
 */
export function freshIds(units: readonly ReplayUnit[], existing: ReadonlySet<string>): Set<string> {
  const fresh = new Set<string>();
  for (const unit of units) for (const s of unit) for (const v of s.values) for (const id of v?.match(CUID) ?? []) if (!existing.has(id)) fresh.add(id);
  return fresh;
}

/**
 * Every cuid-shaped value anywhere in the database at `url` (each row of each table of the user's
 * schemas read as text: no table or column is named, so it holds whatever the layout). For a small
 * database: the seeded copy the database floor runs on.
 */
export async function existingIds(url: string): Promise<Set<string>> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {});
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', n.nspname, c.relname) AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    const ids = new Set<string>();
    for (const { name } of tables) {
      const { rows } = await client.query<{ id: string }>(`SELECT DISTINCT m[1] AS id FROM ${name} t, regexp_matches(t::text, '(c[0-9a-z]{24})', 'g') AS m`);
      for (const r of rows) ids.add(r.id);
    }
    return ids;
  } finally {
    await client.end().catch(() => {});
  }
}

const BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
const newCuid = () => `c${Array.from({ length: 24 }, () => BASE36[randomInt(36)]).join("")}`;

/**
 * The unit's statements for one replay: every fresh id replaced by a new one, the same one wherever
 * it occurs in the round (`renamed`, one map per round: a lookup's id in its row and in the access
 * log's hashed material, a dossier's in the statement creating it and in those naming it later),
 * then `rewrite` applied to every parameter (e.g. to renew dossier codes per round).
 */
export function renewUnit(unit: ReplayUnit, fresh: ReadonlySet<string>, renamed: Map<string, string>, round: number, rewrite?: (value: string, round: number) => string): ReplayUnit {
  const rename = (id: string) => {
    if (!fresh.has(id)) return id;
    let to = renamed.get(id);
    if (!to) renamed.set(id, (to = newCuid()));
    return to;
  };
  return unit.map((s) => ({
    ...s,
    values: s.values.map((v) => {
      if (v === null) return null;
      const renewed = v.replace(CUID, rename);
      return rewrite ? rewrite(renewed, round) : renewed;
    }),
  }));
}

/**
 * For each unit, the earlier units it must wait for in a round: those that first named a fresh id
 * it names (the statement creating a dossier, before a later lookup filed under it).
 */
export function creatorsOf(units: readonly ReplayUnit[], fresh: ReadonlySet<string>): number[][] {
  const creator = new Map<string, number>();
  return units.map((unit, k) => {
    const waits = new Set<number>();
    for (const s of unit) {
      for (const v of s.values) {
        for (const id of v?.match(CUID) ?? []) {
          if (!fresh.has(id)) continue;
          const first = creator.get(id);
          if (first === undefined) creator.set(id, k);
          else if (first !== k) waits.add(first);
        }
      }
    }
    return [...waits];
  });
}

export type ReplayResult = { units: number; statements: number; errors: number; errorSamples: string[]; wallMs: number; stoppedByTime: boolean };

/**
 * Replays `units` from `connections` connections, closed loop (each connection sends its next unit
 * as soon as the previous one has its answers), cycling through them until `total` units have run
 * or `maxDurationMs` has passed. Round r (the r-th pass over the list) renews ids (renewUnit);
 * a unit naming a row an earlier unit of the round created waits until that unit is done, as
 * captured.
 * A failing statement is counted; a failing transaction is rolled back.
 */
export async function replay(o: {
  url: string;
  units: readonly ReplayUnit[];
  /** Ids the database held before the captured work (existingIds); every other id is renewed. */
  existing: ReadonlySet<string>;
  connections: number;
  total: number;
  maxDurationMs: number;
  rewrite?: (value: string, round: number) => string;
  stop?: () => boolean;
  /** Called once every connection is open (before the first unit) and when the last unit is done (before they close): the measured window. */
  onStart?: () => void;
  onEnd?: () => void;
}): Promise<ReplayResult> {
  if (!o.units.length) throw new Error("nothing to replay: no statement was captured");
  const fresh = freshIds(o.units, o.existing);
  const renamedByRound = new Map<number, Map<string, string>>();
  const creators = creatorsOf(o.units, fresh);
  // Completion of unit u of round r, awaited by the units depending on it.
  const done = new Map<string, { promise: Promise<void>; resolve: () => void }>();
  const doneOf = (key: string) => {
    let d = done.get(key);
    if (!d) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      done.set(key, (d = { promise, resolve }));
    }
    return d;
  };
  const clients = await Promise.all(
    Array.from({ length: Math.max(1, o.connections) }, async () => {
      const c = new pg.Client({ connectionString: o.url });
      c.on("error", () => {});
      await c.connect();
      return c;
    }),
  );
  const res: ReplayResult = { units: 0, statements: 0, errors: 0, errorSamples: [], wallMs: 0, stoppedByTime: false };
  o.onStart?.();
  const started = performance.now();
  let next = 0;
  const worker = async (client: pg.Client) => {
    while (next < o.total && !o.stop?.()) {
      if (performance.now() - started >= o.maxDurationMs) {
        res.stoppedByTime = true;
        return;
      }
      const k = next++;
      const round = Math.floor(k / o.units.length);
      let renamed = renamedByRound.get(round);
      if (!renamed) renamedByRound.set(round, (renamed = new Map()));
      const u = k % o.units.length;
      const unit = renewUnit(o.units[u]!, fresh, renamed, round, o.rewrite);
      for (const c of creators[u]!) await doneOf(`${round}:${c}`).promise;
      for (const s of unit) {
        try {
          await client.query({ name: s.name, text: s.text, values: s.values });
          res.statements += 1;
        } catch (error) {
          res.errors += 1;
          if (res.errorSamples.length < 5) res.errorSamples.push(`${(error as Error).message} — ${s.text.replace(/\s+/g, " ").slice(0, 120)}`);
          if (unit.length > 1) await client.query("ROLLBACK").catch(() => {});
          break;
        }
      }
      res.units += 1;
      doneOf(`${round}:${u}`).resolve();
    }
  };
  try {
    await Promise.all(clients.map(worker));
  } finally {
    res.wallMs = performance.now() - started;
    o.onEnd?.();
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
  }
  return res;
}
