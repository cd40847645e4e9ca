// The floors bench:lookups holds the lookup's throughput against, measured in the same run with the
// same clients: what Next.js serves when a route does no work (nextFloor), and what PostgreSQL
// runs of the lookup's own statements without Next.js (dbFloor). Plus the window around the
// measured lookups: CPU per process group and lock waits.
import type pg from "pg";
import { cpuTimer } from "@/lib/bench/cpu";
import { perOperation, ratio } from "@/lib/bench/floors";
import { runLoad, summarize } from "@/lib/bench/load";
import { countLoggedLockWaits, fileOffset, readFileSlice, sampleLockWaits, type LockWaitSamples } from "@/lib/bench/lock-waits";
import { existingIds, replay, replayUnits, statementShapes, type LoggedStatement } from "@/lib/bench/pg-capture";
import { round } from "@/lib/bench/load";
import { captureStatements } from "@/lib/bench/statement-capture";

/** A route that touches no database and no national system (app/api/health/live/route.ts). */
export const NEXT_FLOOR_PATH = "/api/health/live";

/**
 * The Next.js floor's warm-up, `requests` GETs with every statement PostgreSQL runs meanwhile
 * logged: the statements per request say whether the route really stays off the database (0,
 * unless a background job of the server happened to run).
 */
export async function warmNextFloor(o: { base: string; concurrency: number; requests: number; admin: pg.Client; logPath: string; stop?: () => boolean }): Promise<{ requests: number; statements: number }> {
  const { result, statements } = await captureStatements(o.admin, o.logPath, () =>
    runLoad({ baseUrl: o.base, concurrency: o.concurrency, total: o.requests, request: () => ({ method: "GET", path: NEXT_FLOOR_PATH }), maxDurationMs: 60_000, stop: o.stop }),
  );
  return { requests: result.ok, statements: statements.length };
}

/**
 * GET NEXT_FLOOR_PATH closed loop, `total` requests from `concurrency` clients: the requests per
 * second the server answers when a route does nothing, and the server's CPU per request.
 */
export async function measureNextFloor(o: { base: string; concurrency: number; total: number; maxDurationMs: number; serverPids: () => number[]; stop?: () => boolean }) {
  const cpu = cpuTimer({ server: o.serverPids });
  cpu.start();
  const run = await runLoad({ baseUrl: o.base, concurrency: o.concurrency, total: o.total, request: () => ({ method: "GET", path: NEXT_FLOOR_PATH }), maxDurationMs: o.maxDurationMs, stop: o.stop });
  const ms = cpu.stop();
  return {
    path: NEXT_FLOOR_PATH,
    requests: run.ok,
    errors: run.completed - run.ok + run.networkErrors,
    perSecond: round(run.ok / (run.wallMs / 1000), 1),
    latencyMs: summarize(run.okLatenciesMs),
    serverCpuMsPerRequest: perOperation(ms.server!, run.ok, 3),
  };
}

/**
 * Replays the statements captured after the warm-up (`statements`, from `capturedLookups`
 * lookups) on `url` from `connections` connections, closed loop, as many as `lookups` lookups
 * send: the lookups per second PostgreSQL sustains for the lookup's own SQL, and its CPU per lookup.
 */
export async function measureDbFloor(o: {
  url: string;
  statements: readonly LoggedStatement[];
  capturedLookups: number;
  lookups: number;
  connections: number;
  maxDurationMs: number;
  postgresPids: () => number[];
  rewrite?: (value: string, round: number) => string;
  stop?: () => boolean;
}) {
  const units = replayUnits(o.statements);
  // The floor's database is the seeded copy: the ids it holds are references, all others new rows'.
  const existing = await existingIds(o.url);
  const unitsPerLookup = units.length / Math.max(1, o.capturedLookups);
  const cpu = cpuTimer({ postgres: o.postgresPids, client: () => [process.pid] });
  // Timed from the moment the connections are open until before they close (their backends exit then).
  let ms: Record<string, number> = {};
  const r = await replay({
    url: o.url, units, existing, connections: o.connections, total: Math.max(1, Math.round(o.lookups * unitsPerLookup)), maxDurationMs: o.maxDurationMs, rewrite: o.rewrite, stop: o.stop,
    onStart: () => cpu.start(),
    onEnd: () => (ms = cpu.stop()),
  });
  const lookupsDone = r.units / unitsPerLookup;
  return {
    capturedStatements: o.statements.length,
    statementShapes: statementShapes(o.statements).slice(0, 8).map((s) => ({ perLookup: ratio(s.count, o.capturedLookups, 2), shape: s.shape })),
    statementsPerLookup: ratio(o.statements.length, o.capturedLookups, 2),
    transactionsPerLookup: ratio(units.filter((u) => u.length > 1).length, o.capturedLookups, 2),
    replayedStatements: r.statements,
    lookups: Math.round(lookupsDone),
    perSecond: round(lookupsDone / (r.wallMs / 1000), 1),
    errors: r.errors,
    errorSamples: r.errorSamples,
    postgresCpuMsPerLookup: perOperation(ms.postgres!, lookupsDone, 3),
    clientCpuMsPerLookup: perOperation(ms.client!, lookupsDone, 3),
    seconds: round(r.wallMs / 1000, 2),
    stoppedByTime: r.stoppedByTime,
  };
}

/**
 * The measured window of the lookups: CPU of the server's and PostgreSQL's processes, lock waits
 * sampled from pg_stat_activity every `sampleMs` and the "still waiting for" lines the server
 * logs (log_lock_waits with deadlock_timeout = 10 ms, lib/bench/lock-waits.ts).
 */
export async function openWindow(o: { url: string; logPath: string; serverPids: () => number[]; postgresPids: () => number[]; sampleMs?: number }) {
  const sampler = await sampleLockWaits(o.url, o.sampleMs ?? 5);
  const cpu = cpuTimer({ server: o.serverPids, postgres: () => o.postgresPids().filter((pid) => pid !== sampler.backendPid) });
  const logFrom = fileOffset(o.logPath);
  cpu.start();
  return {
    async close(lookups: number): Promise<{ serverCpuMsPerLookup: number | null; postgresCpuMsPerLookup: number | null; lockWaits: LockWaitSamples & { logged: number; samplesPer1000Lookups: number | null; loggedPer1000Lookups: number | null } }> {
      const ms = cpu.stop();
      const samples = await sampler.stop();
      await new Promise((r) => setTimeout(r, 300));
      const logged = countLoggedLockWaits(readFileSlice(o.logPath, logFrom));
      return {
        serverCpuMsPerLookup: perOperation(ms.server!, lookups, 3),
        postgresCpuMsPerLookup: perOperation(ms.postgres!, lookups, 3),
        lockWaits: {
          ...samples,
          logged,
          samplesPer1000Lookups: perOperation(1000 * samples.waitingBackendSamples, lookups, 1),
          loggedPer1000Lookups: perOperation(1000 * logged, lookups, 2),
        },
      };
    },
  };
}
