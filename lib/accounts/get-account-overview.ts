import { resolveDeps, type Deps } from "@/lib/server/deps";
import { roleCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";

/** Accounts an administrator manages: those of units in the jurisdiction, and agency accounts. */
export function managedUsersWhere(actor: Actor) {
  return { OR: [{ unitId: { in: [...actor.unitIds] } }, ...(actor.unitIds.length ? [{ unitId: null, agencyId: { not: null } }] : [])] };
}

export type AccountOverview = {
  byRole: { role: Role; active: number; inactive: number }[];
  locked: { id: string; username: string; fullName: string; lockedUntil: Date }[];
  recentEvents: { id: string; at: Date; type: string; username: string | null; ip: string | null }[];
};

/** The administrator's home: accounts by role, accounts locked right now, the latest security events. */
export async function getAccountOverview(actor: Actor, deps?: Deps): Promise<AccountOverview> {
  const { db, now } = resolveDeps(deps);
  if (!roleCan(actor.role, "admin.users")) throw new AppError("NOT_FOUND");
  const scope = managedUsersWhere(actor);
  const [groups, locked, recentEvents] = await Promise.all([
    db.user.groupBy({ by: ["role", "active"], where: scope, _count: { _all: true } }),
    db.user.findMany({
      where: { AND: [scope, { lockedUntil: { gt: now } }] },
      select: { id: true, username: true, fullName: true, lockedUntil: true },
      orderBy: { lockedUntil: "desc" },
    }),
    db.securityEvent.findMany({
      orderBy: { at: "desc" },
      take: 8,
      select: { id: true, at: true, type: true, username: true, ip: true },
    }),
  ]);
  const roles = [...new Set(groups.map((g) => g.role))];
  const byRole = roles.map((role) => ({
    role,
    active: groups.find((g) => g.role === role && g.active)?._count._all ?? 0,
    inactive: groups.find((g) => g.role === role && !g.active)?._count._all ?? 0,
  }));
  return {
    byRole,
    locked: locked.map((u) => ({ ...u, lockedUntil: u.lockedUntil as Date })),
    recentEvents,
  };
}
