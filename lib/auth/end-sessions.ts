import { resolveDeps, type Deps } from "@/lib/server/deps";
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

/**
 * next-auth's own sign-out (POST /api/auth/signout) ends the sessions too, through events.signOut
 * (lib/auth/next-auth.ts), with the token being signed out. Only a live token counts: the version
 * must still match, so a stale copied cookie cannot keep signing the person out of new sessions,
 * and the portal's own sign-out (which has already bumped it) is not logged twice.
 */
export async function endSessionsOfToken(token: { sub?: unknown; sv?: unknown } | null | undefined, meta: RequestMeta, deps?: Deps): Promise<boolean> {
  if (typeof token?.sub !== "string") return false;
  const sessionVersion = typeof token.sv === "number" ? token.sv : 0;
  const { db } = resolveDeps(deps);
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: token.sub as string, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
    if (count !== 1) return false;
    const { username } = await tx.user.findUniqueOrThrow({ where: { id: token.sub as string }, select: { username: true } });
    await recordSecurityEvent(tx, { type: "SIGN_OUT", userId: token.sub as string, username }, meta);
    return true;
  });
}
