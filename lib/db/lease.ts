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
