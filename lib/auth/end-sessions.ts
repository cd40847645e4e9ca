import { resolveDeps, type Deps } from "@/lib/deps";
import { recordSecurityEvent, type RequestMeta } from "@/lib/auth/security-log";

/**
 * Signing out ends the user's sessions on the server, not only in this browser: a JWT cookie
 * cannot be recalled, and a request already in flight (a link prefetch) can set a fresh cookie
 * after the sign-out response cleared it. Bumping the session version makes every token issued
 * before now worthless (lib/auth/load-actor.ts), so a resurrected cookie opens nothing.
 */
export async function endSessions(userId: string, meta: RequestMeta, deps?: Deps): Promise<void> {
  const { db } = resolveDeps(deps);
  await db.$transaction(async (tx) => {
    const { username } = await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } }, select: { username: true } });
    await recordSecurityEvent(tx, { type: "SIGN_OUT", userId, username }, meta);
  });
}
