import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/next-auth";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps } from "@/lib/server/deps";

/**
 * The signed-in actor for this request, or null. The session cookie only names the user; role,
 * unit and jurisdiction are read fresh from the database, so a deactivation or a role change takes
 * effect on the next request, and a bumped session version ends every old session at once.
 */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const sessionVersion = (session as { sessionVersion?: number }).sessionVersion ?? 0;
  return loadActor(resolveDeps().db, userId, sessionVersion);
});

/** Where a person with a temporary password (set by an administrator) must go before anything else. */
export const CHANGE_PASSWORD_PATH = "/account/password";

/**
 * The actor, or a redirect to the sign-in page. For pages, layouts and server actions. A person who
 * must change a temporary password is sent to the change-password page from everywhere else.
 */
export async function requireActor(options: { allowPendingPasswordChange?: boolean } = {}): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login?expired=1");
  if (actor.mustChangePassword && !options.allowPendingPasswordChange) redirect(CHANGE_PASSWORD_PATH);
  return actor;
}
