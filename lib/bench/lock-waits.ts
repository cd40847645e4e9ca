// Lock waits in PostgreSQL during a benchmark window, measured two ways that depend on no table:
// sampling pg_stat_activity (backends waiting on a heavyweight lock right now) every few ms from a
// connection of its own, and counting the server log's "still waiting for" lines (log_lock_waits,
// written once a wait outlasts deadlock_timeout).
import { closeSync, openSync, readSync, statSync } from "node:fs";
import pg from "pg";

/** Settings of the cluster for the lock-wait log: every wait longer than 10 ms is logged. */
export const LOCK_WAIT_LOG_SETTINGS: Readonly<Record<string, string>> = { log_lock_waits: "on", deadlock_timeout: "10ms" };

export type LockWaitSamples = {
  /** Samples taken, and how many saw at least one waiting backend. */
  samples: number;
  samplesWithWaiters: number;
  /** Sum over the samples of the backends waiting on a lock (backend-samples). */
  waitingBackendSamples: number;
  maxWaiting: number;
  /** Mean gap between samples, ms (the sampler's own pace on a loaded machine). */
  meanIntervalMs: number;
};

/** Starts sampling at once; stop() ends it and returns the counts. */
export async function sampleLockWaits(url: string, intervalMs = 5): Promise<{ backendPid: number; stop(): Promise<LockWaitSamples> }> {
  const client = new pg.Client({ connectionString: url, application_name: "bench-lock-sampler" });
  client.on("error", () => {});
  await client.connect();
  const backendPid = Number((await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0]!.pid);
  const out: LockWaitSamples = { samples: 0, samplesWithWaiters: 0, waitingBackendSamples: 0, maxWaiting: 0, meanIntervalMs: 0 };
  let running = true;
  const started = performance.now();
  const loop = (async () => {
    let due = performance.now();
    while (running) {
      const { rows } = await client.query<{ n: number }>({ text: `SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock'`, name: "bench-lock-waits" });
      const n = rows[0]?.n ?? 0;
      out.samples += 1;
      out.waitingBackendSamples += n;
      if (n > 0) out.samplesWithWaiters += 1;
      if (n > out.maxWaiting) out.maxWaiting = n;
      due += intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      else due = performance.now();
    }
  })();
  return {
    backendPid,
    async stop() {
      running = false;
      await loop.catch(() => {});
      out.meanIntervalMs = out.samples ? Math.round(((performance.now() - started) / out.samples) * 100) / 100 : 0;
      await client.end().catch(() => {});
      return out;
    },
  };
}

/** Lines of a server log saying a backend is still waiting for a lock (log_lock_waits). */
export function countLoggedLockWaits(log: string): number {
  let n = 0;
  for (const line of log.split("\n")) if (line.includes("still waiting for")) n += 1;
  return n;
}

/** The size of a file now (0 when missing): where a window of its log starts. */
export function fileOffset(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** What was appended to a file between two offsets. */
export function readFileSlice(path: string, from: number, to = fileOffset(path)): string {
  if (to <= from) return "";
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(to - from);
    const n = readSync(fd, buf, 0, buf.length, from);
    return buf.subarray(0, n).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
