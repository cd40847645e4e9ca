import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";

/**
 * The actor's sign-in before the current one, so people can notice a sign-in that was not theirs,
 * and failed attempts since then.
 */
export async function getOwnSignInHistory(actor: Actor, deps?: Deps): Promise<{ previous: { at: Date; ip: string | null } | null; failuresSince: number }> {
  const { db } = resolveDeps(deps);
  const successes = await db.securityEvent.findMany({
    where: { userId: actor.userId, type: "SIGN_IN_SUCCESS" },
    orderBy: { at: "desc" },
    take: 2,
    select: { at: true, ip: true },
  });
  const previous = successes[1] ?? null;
  const failuresSince = await db.securityEvent.count({
    where: { userId: actor.userId, type: "SIGN_IN_FAILURE", ...(previous ? { at: { gt: previous.at } } : {}) },
  });
  return { previous, failuresSince };
}
