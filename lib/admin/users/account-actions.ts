import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors/app-error";
import { writeAdminAudit } from "@/lib/admin/audit";
import { findManagedUser, USER_AUDIT_SELECT } from "@/lib/admin/users/find-managed-user";
import { temporaryPassword } from "@/lib/admin/users/save-user";

export type AccountAction = "deactivate" | "reactivate" | "unlock" | "resetTwoFactor";

/**
 * One state change of an account, audited with before and after, in one transaction:
 * - deactivate: ends every session (session version) and revokes the population-database grants,
 *   pending requests included, so reactivating never silently restores a grant;
 * - reactivate; unlock (clears the lockout); resetTwoFactor (the person enrols again at next sign-in,
 *   recovery codes are deleted, sessions end).
 */
export async function changeAccount(actor: Actor, userId: string, action: AccountAction, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  await db.$transaction(async (tx) => {
    const before = await findManagedUser(tx, actor, userId);
    if (before.id === actor.userId && action !== "unlock") throw new AppError("INVALID_INPUT", { userMessage: "Bạn không thể thực hiện thao tác này trên chính tài khoản của mình." });
    const data =
      action === "deactivate" ? { active: false, sessionVersion: { increment: 1 } }
      : action === "reactivate" ? { active: true, failedLoginCount: 0, lockedUntil: null }
      : action === "unlock" ? { failedLoginCount: 0, lockedUntil: null }
      : { totpSecretEnc: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } };
    const after = await tx.user.update({ where: { id: userId }, data, select: USER_AUDIT_SELECT });
    let revokedGrants = 0;
    if (action === "deactivate") {
      ({ count: revokedGrants } = await tx.populationGrant.updateMany({
        where: { userId, status: { in: ["GRANTED", "REQUESTED"] }, revokedAt: null },
        data: { status: "REVOKED", revokedAt: now, note: "Thu hồi do tài khoản ngừng hoạt động" },
      }));
    }
    if (action === "resetTwoFactor") await tx.recoveryCode.deleteMany({ where: { userId } });
    await writeAdminAudit(tx, actor, { action: `user.${action}`, targetType: "user", targetId: userId, before, after: { ...after, ...(revokedGrants ? { revokedGrants } : {}) } });
  });
}

/**
 * Sets a temporary password (returned once, to hand over), which the person must change at the
 * next sign-in; ends the account's sessions and clears a lockout.
 */
export async function resetPassword(actor: Actor, userId: string, deps?: Deps): Promise<{ temporaryPassword: string }> {
  const { db } = resolveDeps(deps);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const before = await findManagedUser(tx, actor, userId);
    const after = await tx.user.update({
      where: { id: userId },
      data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, sessionVersion: { increment: 1 } },
      select: USER_AUDIT_SELECT,
    });
    await writeAdminAudit(tx, actor, { action: "user.resetPassword", targetType: "user", targetId: userId, before, after });
  });
  return { temporaryPassword: password };
}
