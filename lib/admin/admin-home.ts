import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { scopeWhere } from "@/lib/auth/actor";
import { managedUsersWhere } from "@/lib/accounts/get-account-overview";
import { TWO_FACTOR_ROLES } from "@/lib/auth/two-factor/totp";
import { PROBED_SYSTEMS } from "@/lib/admin/monitoring/probe";

/** A grant this close to its end shows on the administrator's to-do list. */
export const GRANT_EXPIRY_WARNING_DAYS = 30;

/** What waits for the administrator: grant requests, grants about to expire, 2FA not set up, system status. */
export async function getAdminTasks(actor: Actor, deps?: Deps) {
  const { db, now } = resolveDeps(deps);
  if (!roleCan(actor.role, "admin.grants")) return null;
  const expiryHorizon = new Date(now.getTime() + GRANT_EXPIRY_WARNING_DAYS * 86_400_000);
  const [pendingGrants, expiringGrants, missingTwoFactor, latest] = await Promise.all([
    db.populationGrant.count({ where: { status: "REQUESTED", user: scopeWhere(actor, "admin.grants") } }),
    db.populationGrant.count({ where: { status: "GRANTED", revokedAt: null, validUntil: { gte: now, lte: expiryHorizon }, user: scopeWhere(actor, "admin.grants") } }),
    db.user.count({ where: { AND: [managedUsersWhere(actor), { active: true, role: { in: [...TWO_FACTOR_ROLES] }, totpEnabledAt: null }] } }),
    Promise.all(PROBED_SYSTEMS.map((system) => db.systemProbe.findFirst({ where: { system }, orderBy: { at: "desc" }, select: { system: true, ok: true, at: true } }))),
  ]);
  return { pendingGrants, expiringGrants, missingTwoFactor, probes: latest.filter((p) => p !== null) };
}
