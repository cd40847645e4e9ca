import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/next-auth";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps } from "@/lib/deps";

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

/** The actor, or a redirect to the sign-in page. For pages, layouts and server actions. */
export async function requireActor(): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect("/login?expired=1");
  return actor;
}
