// A private, throw-away PostgreSQL cluster for benchmarks: initdb in a temporary folder, trust
// authentication, loopback only on a free port, stopped and deleted again by stop(). No system
// change, no password. initdb refuses to run as root, so as root both initdb and pg_ctl run as the
// `postgres` OS user (`su postgres -c …`), as .ci/run does.
import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const PG15_BIN = "/usr/lib/postgresql/15/bin";

/** Settings for a benchmark: durable (fsync, synchronous_commit) so the numbers are honest. */
export const BENCH_PG_SETTINGS: Readonly<Record<string, string>> = {
  shared_buffers: "256MB",
  synchronous_commit: "on",
  fsync: "on",
  max_connections: "200",
  work_mem: "8MB",
  checkpoint_timeout: "15min",
  max_wal_size: "2GB",
  log_min_messages: "warning",
};

export interface PgClusterOptions {
  /** Folder of initdb, pg_ctl (default PostgreSQL 15 of Debian). */
  binDir?: string;
  /** postgresql.conf settings, on top of BENCH_PG_SETTINGS. */
  settings?: Record<string, string>;
  /** Port to listen on (default: a free loopback port). */
  port?: number;
  log?: (line: string) => void;
  /**
   * Receives the stop functions as soon as the folder exists, before initdb and the start: an
   * interrupt (Ctrl-C) during the start can then still remove everything.
   */
  onCreate?: (handle: Pick<PgCluster, "dir" | "stop" | "stopSync">) => void;
}

export interface PgCluster {
  /** URL of the `postgres` database as the `postgres` superuser (trust: no password). */
  url: string;
  /** The same database through the cluster's Unix socket in `dir` (no TCP: what a same-host deployment uses). */
  socketUrl: string;
  port: number;
  /** Temporary folder: data/, the socket and server.log. Deleted by stop(). */
  dir: string;
  /** Fast shutdown (immediate if that fails), then deletes the folder. Safe to call twice. */
  stop(): Promise<void>;
  /** Synchronous last resort for exit handlers: immediate shutdown and delete. */
  stopSync(): void;
  /** The server log (stderr of the postmaster): the statement and lock-wait logs of benchmarks. */
  logPath: string;
  /** The end of the server log, for error messages. */
  logTail(lines?: number): string;
  /** The postmaster's process id (its backends are its children), or null when not running. */
  pid(): number | null;
}

/** A loopback port nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** Runs a PostgreSQL binary, as `postgres` when we are root (initdb refuses root). */
function pgCommand(bin: string, args: string[]): [string, string[]] {
  if (userInfo().uid !== 0) return [bin, args];
  return ["su", ["-s", "/bin/sh", "postgres", "-c", [bin, ...args].map(shellQuote).join(" ")]];
}

async function pg(bin: string, args: string[], timeoutMs = 60_000): Promise<void> {
  const [file, argv] = pgCommand(bin, args);
  await run(file, argv, { timeout: timeoutMs });
}

/** Starts a fresh cluster; throws (after cleaning up) when it cannot. */
export async function startPgCluster(options: PgClusterOptions = {}): Promise<PgCluster> {
  const binDir = options.binDir ?? PG15_BIN;
  const log = options.log ?? (() => {});
  if (!existsSync(join(binDir, "initdb"))) throw new Error(`PostgreSQL binaries not found in ${binDir} (Debian: apt-get install postgresql-15)`);
  const dir = mkdtempSync(join(tmpdir(), "bench-pg-"));
  const data = join(dir, "data");
  const logFile = join(dir, "server.log");
  if (userInfo().uid === 0) chownSync(dir, uidOf("postgres"), gidOf("postgres"));
  let stopped = false;

  const logTail = (lines = 30) => {
    try {
      return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
    } catch {
      return "(no server log)";
    }
  };
  const remove = () => rmSync(dir, { recursive: true, force: true });
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      if (existsSync(join(data, "postmaster.pid"))) {
        await pg(join(binDir, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "-t", "30", "stop"]).catch(() =>
          pg(join(binDir, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]),
        );
      }
    } finally {
      remove();
    }
  };
  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    try {
      if (existsSync(join(data, "postmaster.pid"))) {
        const [file, argv] = pgCommand(join(binDir, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
        execFileSync(file, argv, { stdio: "ignore", timeout: 15_000 });
      }
    } catch {
      /* best effort */
    } finally {
      remove();
    }
  };

  options.onCreate?.({ dir, stop, stopSync });
  try {
    await pg(join(binDir, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], 120_000);
    const settings = { ...BENCH_PG_SETTINGS, ...options.settings };
    appendFileSync(join(data, "postgresql.conf"), `\n# bench (lib/bench/pg-cluster.ts)\n${Object.entries(settings).map(([k, v]) => `${k} = '${v.replace(/'/g, "''")}'`).join("\n")}\n`);
    // A port can be taken between the probe and the start: try a few.
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = options.port ?? (await freePort());
      try {
        await pg(join(binDir, "pg_ctl"), ["-D", data, "-l", logFile, "-w", "-t", "60", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "start"]);
        break;
      } catch (error) {
        if (options.port || attempt >= 3) throw new Error(`pg_ctl start failed: ${(error as Error).message}\n${logTail()}`);
        log(`port ${port} refused, retrying`);
      }
    }
    log(`PostgreSQL ${binDir.match(/postgresql\/(\d+)/)?.[1] ?? ""} on 127.0.0.1:${port} (${dir})`);
    const pid = () => {
      try {
        const n = Number(readFileSync(join(data, "postmaster.pid"), "utf8").split("\n")[0]);
        return Number.isInteger(n) && n > 0 ? n : null;
      } catch {
        return null;
      }
    };
    return { url: `postgresql://postgres@127.0.0.1:${port}/postgres`, socketUrl: `postgresql://postgres@localhost:${port}/postgres?host=${encodeURIComponent(dir)}`, port, dir, stop, stopSync, logPath: logFile, logTail, pid };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

function idOf(flag: "-u" | "-g", user: string): number {
  // /etc/passwd would do, but `id` also covers NSS setups.
  const out = execFileSync("id", [flag, user], { encoding: "utf8" });
  const n = Number(out.trim());
  if (!Number.isInteger(n)) throw new Error(`no OS user ${user} (useradd --system postgres)`);
  return n;
}
const uidOf = (user: string) => idOf("-u", user);
const gidOf = (user: string) => idOf("-g", user);

