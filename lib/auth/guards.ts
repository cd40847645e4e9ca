import "server-only";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
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
