import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import type { PrismaClient } from "@/lib/db/client";

/** The signed-in actor of a seeded user, as a session would load it. */
export async function actorOf(db: PrismaClient, username: string): Promise<Actor> {
  const user = await db.user.findUniqueOrThrow({ where: { username } });
  const actor = await loadActor(db, user.id, user.sessionVersion);
  if (!actor) throw new Error(`seeded user ${username} cannot sign in`);
  return actor;
}

/** The actors of several seeded users, by username. */
export async function actorsOf(db: PrismaClient, usernames: string[]): Promise<Record<string, Actor>> {
  const out: Record<string, Actor> = {};
  for (const username of usernames) out[username] = await actorOf(db, username);
  return out;
}

/** The administrator's "new account" form for a commune officer of `unitId`, with overrides. */
export const unitForm = (unitId: string, extra: Record<string, string> = {}) => ({
  fullName: "Cán bộ Mới", title: "", role: "COMMUNE_OFFICER", unitId, reach: "unit", agencyId: "", email: "", phone: "", ...extra,
});
