import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors/app-error";
import { adminMessages } from "@/lib/admin/messages";
import { passwordProblem } from "@/lib/admin/password-rule";

export type TChangePassword = { current: string; next: string; confirm: string };

/**
 * Self-service change (also the forced one after a reset): the current password, the rule, and a
 * new value different from the old. Ends every session (the caller signs the person in again).
 */
export async function changeOwnPassword(actor: Actor, input: TChangePassword, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  const m = adminMessages.password;
  const user = await db.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { passwordHash: true, username: true } });
  const fieldErrors: Record<string, string> = {};
  if (!(await verifyPassword(user.passwordHash, input.current))) fieldErrors.current = m.currentWrong;
  const problem = passwordProblem(input.next, user.username);
  if (problem) fieldErrors.next = problem;
  else if (input.next === input.current) fieldErrors.next = m.sameAsOld;
  if (input.confirm !== input.next) fieldErrors.confirm = m.mismatch;
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID_INPUT", { fieldErrors, userMessage: "Vui lòng kiểm tra các trường được đánh dấu." });
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: actor.userId },
      data: { passwordHash: await hashPassword(input.next), mustChangePassword: false, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    await tx.securityEvent.create({ data: { type: "SIGN_OUT", userId: actor.userId, username: user.username, detail: "password changed; sessions ended" } });
  });
}
