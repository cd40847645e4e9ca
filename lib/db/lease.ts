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

/**
 * A background job of one server process: every `tickSeconds`, if this instance holds the named
 * lease (for `leaseSeconds`, at least a tick), run it. Started once per process (Next.js may load
 * the module more than once); the timers are unref'd, so they never keep a process alive. A failure
 * is handed to `onError` and the next tick carries on.
 */
export function startLeasedJob(job: { name: string; tickSeconds: number; leaseSeconds?: number; run: () => Promise<void>; onError: (error: unknown) => void; db: () => Db }): void {
  const g = globalThis as unknown as { __hoTichJobs?: Set<string> };
  g.__hoTichJobs ??= new Set();
  if (g.__hoTichJobs.has(job.name)) return;
  g.__hoTichJobs.add(job.name);
  const holder = `${job.name}:${process.pid}:${Math.random().toString(36).slice(2)}`;
  const tick = async () => {
    try {
      if (await claimLease(job.db(), job.name, new Date(), job.leaseSeconds ?? job.tickSeconds, holder)) await job.run();
    } catch (error) {
      job.onError(error);
    }
    setTimeout(() => void tick(), job.tickSeconds * 1000).unref();
  };
  setTimeout(() => void tick(), 3_000).unref();
}
