import type { Db, Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { managedUsersWhere } from "@/lib/accounts/get-account-overview";
import { AppError } from "@/lib/errors/app-error";
import { assertRowId } from "@/lib/validation/ids";

/** The fields an audit entry shows of an account (never its password hash or two-factor secret). */
export const USER_AUDIT_SELECT = {
  id: true, username: true, fullName: true, title: true, role: true, unitId: true, jurisdictionUnitId: true, agencyId: true,
  email: true, phone: true, active: true, lockedUntil: true, mustChangePassword: true, totpEnabledAt: true,
} as const;

/**
 * An account inside the administrator's jurisdiction, or NOT_FOUND: the scope is in the query, so an
 * account elsewhere is indistinguishable from one that does not exist.
 */
export async function findManagedUser(db: Db | Tx, actor: Actor, userId: string) {
  assertRowId(userId);
  assertCan(actor, "admin.users", actor.jurisdictionRoot?.id ?? null);
  const user = await db.user.findFirst({ where: { AND: [{ id: userId }, managedUsersWhere(actor)] }, select: USER_AUDIT_SELECT });
  if (!user) throw new AppError("NOT_FOUND", { message: `user ${userId} not managed by ${actor.username}` });
  return user;
}
