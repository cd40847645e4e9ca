/**
 * The embedded database server: one PGlite (PostgreSQL in WebAssembly) served over the PostgreSQL
 * wire protocol on loopback, so the app, scripts and tests all connect with @prisma/adapter-pg
 * exactly as they would to PostgreSQL. PGlite has no cross-process lock and two processes opening
 * the same data folder corrupt it silently, hence the pid lock file and the port check below.
 */
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { startWireServer } from "./pglite-wire-server";
import { EMBEDDED_DB_HOST, embeddedDatabaseUrl } from "./url";

export interface EmbeddedDatabaseOptions {
  /** Folder holding the data; undefined keeps everything in memory (tests, scratch databases). */
  dataDir?: string;
  /** TCP port; 0 picks a free one. Defaults to 0. */
  port?: number;
  host?: "127.0.0.1";
  /** How long a connection idle in a transaction may keep the session while others wait (default 15 s). */
  idleInTransactionTimeoutMs?: number;
}

export interface EmbeddedDatabase {
  /** Connection URL for node-postgres / @prisma/adapter-pg. */
  url: string;
  port: number;
  /** Stops serving, closes PGlite and releases the data folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** The lock file sits inside the data folder, next to PostgreSQL's own files (which ignore it). */
const LOCK_FILE = "embedded-server.pid";
/** Locks this process holds, so a second start in the same process is refused too. */
const heldLocks = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it is still alive.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the data folder's pid lock, taking over a lock left by a dead process; returns its release. */
export function acquireLock(dataDir: string): () => void {
  const lockPath = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx"); // atomic: fails if another process created it first
      writeSync(fd, String(process.pid));
      closeSync(fd);
      heldLocks.add(lockPath);
      return () => {
        if (heldLocks.delete(lockPath)) rmSync(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const pid = Number.parseInt(readFileSync(lockPath, "utf8").trim(), 10);
      // Our own pid is only stale when this process does not hold the lock (pid reuse after a crash).
      const owned = pid === process.pid ? heldLocks.has(lockPath) : Number.isInteger(pid) && isAlive(pid);
      if (owned) {
        throw new Error(
          `The embedded database in ${dataDir} is already open by process ${pid} (lock ${lockPath}). ` +
            `Connect to that server instead of opening the folder twice.`,
        );
      }
      rmSync(lockPath, { force: true }); // stale lock from a dead process: take it over
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

/** Fails fast, before the costly PGlite start, when something already listens on the port. */
function assertPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? portTakenError(host, port) : error),
    );
    probe.listen(port, host, () => probe.close(() => resolvePromise()));
  });
}

function portTakenError(host: string, port: number): Error {
  return new Error(
    `Port ${host}:${port} is already in use: another database server (perhaps the embedded one) is ` +
      `running there. Stop it, or choose another port.`,
  );
}

/**
 * Starts PGlite with the unaccent and pg_trgm extensions and serves it on loopback.
 * Refuses to start when the port is taken or when another live process holds the data folder.
 */
export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const host = options.host ?? EMBEDDED_DB_HOST;
  const requestedPort = options.port ?? 0;
  await assertPortFree(host, requestedPort);

  let releaseLock = (): void => {};
  const dataDir = options.dataDir ? resolve(options.dataDir) : undefined;
  if (dataDir) {
    mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireLock(dataDir);
  }

  let db: PGlite | undefined;
  try {
    // Extensions must be passed in every process that opens the data, else trigram indexes fail.
    db = await PGlite.create({ dataDir, extensions: { unaccent, pg_trgm } });
    await db.exec("CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;");
    // Our own wire server, not pglite-socket's: each connection owns the single PGlite session from
    // its first message until the session is idle again (see pglite-wire-server.ts).
    let server: Awaited<ReturnType<typeof startWireServer>>;
    try {
      server = await startWireServer({ db, host, port: requestedPort, idleInTransactionTimeoutMs: options.idleInTransactionTimeoutMs });
    } catch (error) {
      // Lost a race with another process between the probe and the listen.
      throw (error as NodeJS.ErrnoException).code === "EADDRINUSE" ? portTakenError(host, requestedPort) : error;
    }
    const port = server.port; // the real one when 0 was asked
    const openDb = db;
    let stopping: Promise<void> | undefined;
    return {
      url: embeddedDatabaseUrl(port),
      port,
      stop: () =>
        (stopping ??= (async () => {
          try {
            await server.stop();
            await openDb.close();
          } finally {
            releaseLock();
          }
        })()),
    };
  } catch (error) {
    await db?.close().catch(() => {});
    releaseLock();
    throw error;
  }
}
