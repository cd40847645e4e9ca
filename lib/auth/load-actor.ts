import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";

/**
 * Builds the actor from the database: identity, office, agency and every unit id of the
 * jurisdiction subtree (one prefix query on the materialised path). Returns null when the account
 * is gone, inactive, or the session predates a session-version bump.
 */
export async function loadActor(db: Db, userId: string, sessionVersion: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: {
      unit: { select: { id: true, code: true, name: true } },
      agency: { select: { id: true, code: true, name: true } },
      jurisdictionUnit: { select: { id: true, code: true, name: true, path: true, active: true } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== sessionVersion) return null;

  const root = user.jurisdictionUnit?.active ? user.jurisdictionUnit : null;
  const unitIds = root
    ? (await db.unit.findMany({ where: { path: { startsWith: root.path } }, select: { id: true } })).map((u) => u.id)
    : [];

  return {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    title: user.title,
    role: user.role,
    unit: user.unit,
    agency: user.agency,
    unitIds,
    jurisdictionRoot: root ? { id: root.id, code: root.code, name: root.name } : null,
    mustChangePassword: user.mustChangePassword,
  };
}
