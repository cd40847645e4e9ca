// A small HTTP load generator for benchmarks: N clients over N keep-alive sockets, for a fixed number
// of requests and at most a fixed time. Closed loop by default (each client sends its next request as
// soon as the previous answer has been read: the server's capacity), or paced at a fixed offered rate
// (open loop, as wrk2 does: the latency then says what a caller waits at that rate). Loopback only. Plus the statistics and the CPU accounting the
// benchmarks report (who used the machine's cores during the run).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import { cpus } from "node:os";

export type LoadRequest = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

export interface LoadOptions {
  /** http://127.0.0.1:PORT (anything but loopback is refused). */
  baseUrl: string;
  /** Concurrent clients, one keep-alive socket each. */
  concurrency: number;
  /** Requests in all; request(i) builds the i-th (0-based). */
  total: number;
  request: (i: number) => LoadRequest;
  /** Stop sending after this long, whatever is left (in-flight requests still finish). */
  maxDurationMs: number;
  /** One request's limit; past it the request counts as a network error. */
  timeoutMs?: number;
  /**
   * Paced (open-loop) mode: request i is due at start + i / ratePerSecond, whichever client sends it,
   * and its latency counts from that due time, so a client held up by a slow answer adds its delay
   * to the next request's latency instead of hiding it (no coordinated omission).
   */
  ratePerSecond?: number;
  /** Checked before each request: true stops sending (e.g. on Ctrl-C). */
  stop?: () => boolean;
  /** Called with every answer, e.g. to classify bodies. Keep it cheap: it runs on the client's clock. */
  onResponse?: (i: number, status: number, body: string) => void;
}

export interface LoadResult {
  /** Requests sent / answered (any status) / answered 200. */
  sent: number;
  completed: number;
  ok: number;
  /** Answers by status code, plus "network" for failures without one. */
  statuses: Record<string, number>;
  networkErrors: number;
  /** Latency (ms) of every answered request, and of the 200 answers alone. */
  latenciesMs: number[];
  okLatenciesMs: number[];
  /** When each answered request ended (ms since the start), in the order of latenciesMs. */
  endedAtMs: number[];
  wallMs: number;
  /** True when maxDurationMs cut the run short. */
  stoppedByTime: boolean;
  /** A few non-200 answers, for the report. */
  errorSamples: { i: number; status: number | "network"; body: string }[];
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

function once(agent: http.Agent, base: URL, req: LoadRequest, timeoutMs: number): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body);
    const r = http.request(
      {
        agent,
        host: base.hostname.replace(/^\[|\]$/g, ""),
        port: base.port,
        method: req.method,
        path: req.path,
        headers: { ...req.headers, ...(body ? { "content-length": String(body.length) } : {}) },
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    r.on("timeout", () => r.destroy(new Error(`timeout after ${timeoutMs} ms`)));
    r.on("error", reject);
    r.end(body);
  });
}

/** Runs the load; never throws for a failed request (it is counted), only for bad options. */
export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const base = new URL(o.baseUrl);
  if (!LOOPBACK.has(base.hostname)) throw new Error(`runLoad sends traffic to loopback only, not ${base.hostname}`);
  if (base.protocol !== "http:") throw new Error("runLoad speaks plain http");
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.concurrency, maxFreeSockets: o.concurrency, scheduling: "fifo" });
  const timeoutMs = o.timeoutMs ?? 30_000;
  const res: LoadResult = { sent: 0, completed: 0, ok: 0, statuses: {}, networkErrors: 0, latenciesMs: [], okLatenciesMs: [], endedAtMs: [], wallMs: 0, stoppedByTime: false, errorSamples: [] };
  const started = performance.now();
  const deadline = started + o.maxDurationMs;
  let next = 0;

  const client = async () => {
    while (next < o.total && !o.stop?.()) {
      if (performance.now() >= deadline) {
        res.stoppedByTime = true;
        return;
      }
      const i = next++;
      const req = o.request(i);
      let t = performance.now();
      if (o.ratePerSecond) {
        const due = started + (i * 1000) / o.ratePerSecond;
        if (due > t) await new Promise((r) => setTimeout(r, due - t));
        t = due;
      }
      res.sent += 1;
      try {
        const { status, body } = await once(agent, base, req, timeoutMs);
        const end = performance.now();
        const ms = end - t;
        res.completed += 1;
        res.latenciesMs.push(ms);
        res.endedAtMs.push(end - started);
        res.statuses[status] = (res.statuses[status] ?? 0) + 1;
        if (status === 200) {
          res.ok += 1;
          res.okLatenciesMs.push(ms);
        } else if (res.errorSamples.length < 5) res.errorSamples.push({ i, status, body: body.slice(0, 300) });
        o.onResponse?.(i, status, body);
      } catch (error) {
        res.networkErrors += 1;
        res.statuses.network = (res.statuses.network ?? 0) + 1;
        if (res.errorSamples.length < 5) res.errorSamples.push({ i, status: "network", body: (error as Error).message });
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, o.concurrency) }, client));
  } finally {
    res.wallMs = performance.now() - started;
    agent.destroy();
  }
  return res;
}

const nearestRank = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]! : 0;

/** Nearest-rank percentile (p in 0..100) of unsorted values; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  return nearestRank([...values].sort((a, b) => a - b), p);
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** count, mean and the usual percentiles of a latency sample, in ms (2 decimals). */
export function summarize(values: readonly number[]): { count: number; mean: number; p50: number; p90: number; p95: number; p99: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => round(nearestRank(sorted, p));
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0;
  return { count: sorted.length, mean: round(mean), p50: at(50), p90: at(90), p95: at(95), p99: at(99), max: at(100) };
}

/** Answers and latency percentiles per time slice of a run (e.g. to see stalls), one line each. */
export function timeline(r: Pick<LoadResult, "latenciesMs" | "endedAtMs">, sliceMs: number): { fromS: number; answers: number; p50: number; p95: number; max: number }[] {
  const slices = new Map<number, number[]>();
  r.endedAtMs.forEach((at, k) => {
    const slice = Math.floor(at / sliceMs);
    const list = slices.get(slice) ?? [];
    list.push(r.latenciesMs[k]!);
    slices.set(slice, list);
  });
  return [...slices.entries()].sort(([a], [b]) => a - b).map(([slice, ms]) => {
    const s = summarize(ms);
    return { fromS: (slice * sliceMs) / 1000, answers: s.count, p50: s.p50, p95: s.p95, max: s.max };
  });
}

// ——— CPU accounting (Linux /proc) ————————————————————————————————————————————————

/** A process and all its descendants, parents first (ps; empty when it is gone). */
export function processTreePids(root: number): number[] {
  const out: number[] = [root];
  try {
    const lines = execFileSync("ps", ["-e", "-o", "pid=,ppid="], { encoding: "utf8" }).trim().split("\n");
    const children = new Map<number, number[]>();
    for (const line of lines) {
      const [pid, ppid] = line.trim().split(/\s+/).map(Number);
      if (!pid || ppid === undefined) continue;
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    }
    for (let k = 0; k < out.length; k++) out.push(...(children.get(out[k]!) ?? []));
  } catch {
    /* no ps: the root alone */
  }
  return out;
}

/** user+system CPU ticks of one process (0 when it is gone). */
function processTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
  } catch {
    return 0;
  }
}

/** Busy and total ticks of the whole machine (all cores). */
function machineTicks(): { busy: number; total: number } {
  try {
    const [, ...v] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
    const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = v;
    const busy = user + nice + system + irq + softirq + steal;
    return { busy, total: busy + idle + iowait };
  } catch {
    return { busy: 0, total: 0 };
  }
}

export type CpuGroups = Record<string, () => number[]>;
export type CpuReport = { cores: number; machineBusyPct: number; groupsPct: Record<string, number>; otherPct: number };

/**
 * Measures, between start() and stop(), how busy the machine was and how much of it each named
 * group of processes used (percent of all cores: 100 = every core busy). `other` is everything
 * else on the machine: on a shared box it says whether the numbers were measured on quiet cores.
 * Processes started during the interval count in full, ones that ended in it are missed.
 */
export function cpuMeter(groups: CpuGroups): { start(): void; stop(): CpuReport } {
  let before = new Map<number, number>();
  let m0 = machineTicks();
  const snapshot = () => {
    const ticks = new Map<number, number>();
    for (const pids of Object.values(groups)) for (const pid of pids()) ticks.set(pid, processTicks(pid));
    return ticks;
  };
  return {
    start() {
      before = snapshot();
      m0 = machineTicks();
    },
    stop() {
      const m1 = machineTicks();
      const total = Math.max(1, m1.total - m0.total);
      const groupsPct: Record<string, number> = {};
      let ours = 0;
      const seen = new Set<number>();
      for (const [name, pids] of Object.entries(groups)) {
        let ticks = 0;
        for (const pid of pids()) {
          if (seen.has(pid)) continue;
          seen.add(pid);
          ticks += processTicks(pid) - (before.get(pid) ?? 0);
        }
        ours += ticks;
        groupsPct[name] = round((100 * ticks) / total, 1);
      }
      const busy = m1.busy - m0.busy;
      return { cores: cpus().length, machineBusyPct: round((100 * busy) / total, 1), groupsPct, otherPct: round(Math.max(0, (100 * (busy - ours)) / total), 1) };
    },
  };
}
