// The embedded database server under parallel connections: every connection's extended-protocol
// batch and every open transaction owns the single PGlite session until it is idle again.
// (These tests always use the embedded server: they test it, not the schema.)
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/pglite-server";

let server: EmbeddedDatabase;
const clients: pg.Client[] = [];

async function connect(url = server.url): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // a connection ended by the server must not crash the test process
  await client.connect();
  clients.push(client);
  return client;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  server = await startEmbeddedDatabase({ port: 0, idleInTransactionTimeoutMs: 1_500 });
  const c = await connect();
  await c.query("CREATE TABLE items (id serial PRIMARY KEY, owner int NOT NULL, note text)");
});
afterAll(async () => {
  await Promise.all(clients.map((c) => c.end().catch(() => {})));
  await server?.stop();
});

describe("embedded database: parallel connections", () => {
  it("answers every extended-protocol query of 40 parallel connections with its own result", async () => {
    const conns = await Promise.all(Array.from({ length: 40 }, () => connect()));
    const errors: string[] = [];
    let checked = 0;
    await Promise.all(
      conns.map(async (c, i) => {
        for (let round = 0; round < 15; round++) {
          try {
            // Different parameter counts on each connection: interleaved Parse/Bind pairs fail with
            // "bind message supplies N parameters" or answer another connection's statement.
            if ((i + round) % 3 === 0) {
              const r = await c.query("SELECT $1::int + $2::int AS v", [i, round]);
              expect(r.rows[0].v).toBe(i + round);
            } else if ((i + round) % 3 === 1) {
              const r = await c.query("SELECT $1::text || '-' || $2::text || '-' || $3::text AS v", [`c${i}`, `r${round}`, "x"]);
              expect(r.rows[0].v).toBe(`c${i}-r${round}-x`);
            } else {
              const r = await c.query("SELECT $1::int AS v, pg_sleep(0) AS s", [i * 1000 + round]);
              expect(r.rows[0].v).toBe(i * 1000 + round);
            }
            checked++;
          } catch (error) {
            errors.push((error as Error).message);
          }
        }
      }),
    );
    expect(errors).toEqual([]);
    expect(checked).toBe(600);
  });

  it("keeps an open transaction to its connection: others wait, see only committed rows, and nothing interleaves", async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    await a.query("BEGIN");
    await a.query("INSERT INTO items (owner, note) VALUES ($1, $2)", [1, "uncommitted"]);
    let bDone = false;
    const bCount = b.query("SELECT count(*)::int AS n FROM items WHERE owner = 1").then((r) => {
      bDone = true;
      return r.rows[0].n as number;
    });
    await sleep(200);
    expect(bDone).toBe(false); // B waits for A's transaction instead of running inside it
    await a.query("ROLLBACK");
    expect(await bCount).toBe(0); // the rolled-back row was never visible to B
  });

  it("rolls back the transaction of a connection that disappears, and serves the others", async () => {
    const a = await connect();
    await a.query("BEGIN");
    await a.query("INSERT INTO items (owner, note) VALUES (2, 'lost')");
    const b = await connect();
    const waiting = b.query("SELECT count(*)::int AS n FROM items WHERE owner = 2");
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    expect((await waiting).rows[0].n).toBe(0);
    // And the session is clean for the next transaction: BEGIN does not warn of one in progress.
    const c = await connect();
    await c.query("BEGIN");
    await c.query("INSERT INTO items (owner) VALUES (2)");
    await c.query("COMMIT");
    expect((await b.query("SELECT count(*)::int AS n FROM items WHERE owner = 2")).rows[0].n).toBe(1);
  });

  it("ends a connection that sits idle in a transaction while others wait (no deadlock)", async () => {
    const idle = await connect();
    await idle.query("BEGIN");
    await idle.query("INSERT INTO items (owner) VALUES (3)");
    const other = await connect();
    const started = Date.now();
    const r = await other.query("SELECT count(*)::int AS n FROM items WHERE owner = 3");
    expect(r.rows[0].n).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(idle.query("COMMIT")).rejects.toThrow();
  });

  it("gives a failed transaction's connection the session until it rolls back", async () => {
    const [a, b] = await Promise.all([connect(), connect()]);
    await a.query("BEGIN");
    await expect(a.query("SELECT 1/0")).rejects.toThrow(/division by zero/);
    const bResult = b.query("SELECT 42 AS v");
    await expect(a.query("SELECT 1")).rejects.toThrow(/current transaction is aborted/);
    await a.query("ROLLBACK");
    expect((await bResult).rows[0].v).toBe(42);
  });

  it("runs interactive transactions of a pool in parallel without losing a row", async () => {
    const pool = new pg.Pool({ connectionString: server.url, max: 20 });
    try {
      await pool.query("CREATE TABLE counters (k int PRIMARY KEY, n int NOT NULL); INSERT INTO counters VALUES (1, 0)");
      await pool.query("CREATE TABLE taken (n int PRIMARY KEY)");
      await Promise.all(
        Array.from({ length: 60 }, async () => {
          const c = await pool.connect();
          try {
            await c.query("BEGIN");
            const { rows } = await c.query("UPDATE counters SET n = n + 1 WHERE k = $1 RETURNING n", [1]);
            await c.query("INSERT INTO taken (n) VALUES ($1)", [rows[0].n]);
            await c.query("COMMIT");
          } finally {
            c.release();
          }
        }),
      );
      const { rows } = await pool.query("SELECT count(*)::int AS c, min(n) AS lo, max(n) AS hi FROM taken");
      expect(rows[0]).toEqual({ c: 60, lo: 1, hi: 60 });
    } finally {
      await pool.end();
    }
  });

  it("keeps each connection's prepared statements its own, as PostgreSQL does, and drops them when it closes", async () => {
    const conns = await Promise.all(Array.from({ length: 6 }, () => connect()));
    const prepared = async () => Number((await conns[0]!.query("SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement LIKE 'SELECT $1::int * %'")).rows[0].n);
    // The same name on every connection, a different text on each: on one shared session the second
    // Parse would fail ("prepared statement already exists") or run another connection's text.
    await Promise.all(
      conns.map(async (c, i) => {
        for (let round = 0; round < 5; round++) {
          const r = await c.query({ name: "same_name", text: `SELECT $1::int * ${i + 1} AS v`, values: [round] });
          expect(r.rows[0].v).toBe(round * (i + 1));
        }
      }),
    );
    expect(await prepared()).toBe(6);
    // A connection that closes leaves nothing behind; a new one may use the name afresh.
    await conns[5]!.end();
    clients.splice(clients.indexOf(conns[5]!), 1);
    const fresh = await connect();
    expect((await fresh.query({ name: "same_name", text: "SELECT $1::int * 6 AS v", values: [7] })).rows[0].v).toBe(42);
    expect(await prepared()).toBe(6);
  });
});

