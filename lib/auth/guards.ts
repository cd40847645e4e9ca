import "server-only";
import { notFound } from "next/navigation";
import { currentActor, requireActor } from "@/lib/auth/session";
import { roleCan, type Action } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";

/**
 * For pages: the actor, if their role may perform `action`; otherwise the not-found page, so a page
 * outside a role looks exactly like a page that does not exist.
 */
export async function requirePermission(action: Action): Promise<Actor> {
  const actor = await requireActor();
  if (!roleCan(actor.role, action)) notFound();
  return actor;
}

/**
 * For route handlers (downloads): the signed-in actor whose role may perform `action` (any role when
 * no action is named), or null, which the route answers with 404. A person who must still change a
 * temporary password gets null as well: pages and actions send them to the change-password page,
 * and a file must not be the way around it.
 */
export async function routeActor(action?: Action): Promise<Actor | null> {
  const actor = await currentActor();
  if (!actor || actor.mustChangePassword) return null;
  if (action && !roleCan(actor.role, action)) return null;
  return actor;
}
