import type { Db } from "@/lib/db/client";

/**
 * Takes the named lease (a row of probe_leases) for `seconds` unless another holder has a live one:
 * a single conditional UPDATE, then an INSERT the first time, so that of several server instances
 * exactly one runs a background job per interval. Expires half a second early so that the holder's
 * next tick finds it free.
 */
export async function claimLease(db: Db, name: string, now: Date, seconds: number, holder: string): Promise<boolean> {
  const until = new Date(now.getTime() + seconds * 1000 - 500);
  const { count } = await db.probeLease.updateMany({ where: { name, OR: [{ until: { lte: now } }, { holder }] }, data: { holder, until } });
  if (count === 1) return true;
  const created = await db.probeLease.createMany({ data: [{ name, holder, until }], skipDuplicates: true });
  return created.count === 1;
}

/** A started job: its lease holder name, its database, its next tick and its run in progress. */
type RunningJob = { holder: string; db: () => Db; timer?: NodeJS.Timeout; stopped: boolean; running?: Promise<void> };

/** Every job this process started, on globalThis: Next.js may load this module more than once. */
function jobs(): Map<string, RunningJob> {
  const g = globalThis as unknown as { __hoTichJobs?: Map<string, RunningJob> };
  g.__hoTichJobs ??= new Map();
  return g.__hoTichJobs;
}

/**
 * A background job of one server process: every `tickSeconds`, if this instance holds the named
 * lease (for `leaseSeconds`, at least a tick), run it. Started once per process (Next.js may load
 * the module more than once); the timers are unref'd, so they never keep a process alive. A failure
 * is handed to `onError` and the next tick carries on. stopLeasedJobs() stops them all.
 */
export function startLeasedJob(job: {
  name: string;
  tickSeconds: number;
  leaseSeconds?: number;
  /** Delay before the first tick (default 3 s, after boot). */
  startAfterMs?: number;
  run: () => Promise<void>;
  onError: (error: unknown) => void;
  db: () => Db;
}): void {
  if (jobs().has(job.name)) return;
  const state: RunningJob = { holder: `${job.name}:${process.pid}:${Math.random().toString(36).slice(2)}`, db: job.db, stopped: false };
  jobs().set(job.name, state);
  const tick = async () => {
    try {
      if (await claimLease(job.db(), job.name, new Date(), job.leaseSeconds ?? job.tickSeconds, state.holder)) await job.run();
    } catch (error) {
      job.onError(error);
    }
  };
  const schedule = (ms: number) => {
    if (state.stopped) return;
    state.timer = setTimeout(() => {
      state.running = tick().finally(() => {
        state.running = undefined;
        schedule(job.tickSeconds * 1000);
      });
    }, ms).unref();
  };
  schedule(job.startAfterMs ?? 3_000);
}

/**
 * Stops every job this process started (no further tick), waits up to `waitMs` for runs in
 * progress, then releases this instance's leases in one statement per database, so that another
 * instance takes the jobs over at its next tick instead of when the leases expire. Returns how many
 * leases were released. Called on shutdown (lib/health/shutdown.ts).
 */
export async function stopLeasedJobs(waitMs = 5_000): Promise<number> {
  const stopped = [...jobs().values()];
  jobs().clear();
  for (const job of stopped) {
    job.stopped = true;
    clearTimeout(job.timer);
  }
  const running = stopped.flatMap((j) => (j.running ? [j.running.catch(() => {})] : []));
  if (running.length > 0) await Promise.race([Promise.all(running), new Promise((r) => setTimeout(r, waitMs).unref())]);
  const byDb = new Map<Db, string[]>();
  for (const job of stopped) {
    const db = job.db();
    byDb.set(db, [...(byDb.get(db) ?? []), job.holder]);
  }
  let released = 0;
  for (const [db, holders] of byDb) released += (await db.probeLease.deleteMany({ where: { holder: { in: holders } } })).count;
  return released;
}
