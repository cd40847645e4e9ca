import { randomInt } from "node:crypto";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { PROVINCE_CODE } from "@/lib/units/import-units";
import { writeAdminAudit } from "@/lib/admin/audit";
import { parseOrThrow } from "@/lib/validation/parse";
import { ZUserForm, type TUserForm } from "@/lib/admin/users/schemas";
import { findManagedUser, USER_AUDIT_SELECT } from "@/lib/admin/users/find-managed-user";
import { passwordProblem } from "@/lib/admin/password-rule";

/** A temporary password that meets the rule: 12 characters from an unambiguous alphabet plus a symbol. */
export function temporaryPassword(): string {
  const pick = (set: string) => set[randomInt(set.length)]!;
  for (;;) {
    const chars = [pick("ABCDEFGHJKLMNPQRSTUVWXYZ"), pick("abcdefghijkmnpqrstuvwxyz"), pick("23456789"), pick("@#%+=")];
    while (chars.length < 12) chars.push(pick("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"));
    const password = chars.sort(() => randomInt(3) - 1).join("");
    if (!passwordProblem(password, "")) return password;
  }
}

/**
 * Where the account sits, checked against its role and the administrator's jurisdiction: unit
 * roles need a unit inside it; provincial officers may reach the whole province; agency users belong
 * to an agency and no unit. Reach is explicit: never implied by the role.
 */
async function placement(tx: Tx, actor: Actor, input: TUserForm) {
  if (input.role === "AGENCY_USER") {
    const agency = input.agencyId ? await tx.agency.findFirst({ where: { id: input.agencyId, active: true }, select: { id: true } }) : null;
    if (!agency) throw new AppError("INVALID_INPUT", { fieldErrors: { agencyId: "Vui lòng chọn cơ quan của tài khoản." } });
    return { unitId: null, jurisdictionUnitId: null, agencyId: agency.id };
  }
  const unit = input.unitId && actor.unitIds.includes(input.unitId) ? await tx.unit.findFirst({ where: { id: input.unitId, active: true }, select: { id: true } }) : null;
  if (!unit) throw new AppError("INVALID_INPUT", { fieldErrors: { unitId: "Vui lòng chọn đơn vị công tác trong phạm vi quản lý." } });
  if (input.reach === "province") {
    if (input.role !== "PROVINCIAL_OFFICER" && input.role !== "ADMINISTRATOR") throw new AppError("INVALID_INPUT", { fieldErrors: { reach: "Chỉ cán bộ Sở Tư pháp và quản trị viên được giao phạm vi toàn tỉnh." } });
    const province = await tx.unit.findUniqueOrThrow({ where: { code: PROVINCE_CODE }, select: { id: true } });
    if (!actor.unitIds.includes(province.id)) throw new AppError("INVALID_INPUT", { fieldErrors: { reach: "Phạm vi toàn tỉnh vượt quá phạm vi quản lý của bạn." } });
    return { unitId: unit.id, jurisdictionUnitId: province.id, agencyId: null };
  }
  return { unitId: unit.id, jurisdictionUnitId: unit.id, agencyId: null };
}

/** Creates an account with a temporary password (shown once; changed at first sign-in). */
export async function createUser(actor: Actor, raw: unknown, deps?: Deps): Promise<{ id: string; temporaryPassword: string }> {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.users", actor.jurisdictionRoot?.id ?? null);
  const input = parseOrThrow(ZUserForm, raw);
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } })) {
      throw new AppError("CONFLICT", { fieldErrors: { username: "Tên đăng nhập này đã có người dùng." }, userMessage: "Tên đăng nhập này đã có người dùng." });
    }
    const place = await placement(tx, actor, input);
    const user = await tx.user.create({
      data: { username: input.username, fullName: input.fullName, title: input.title, role: input.role, email: input.email, phone: input.phone, ...place, passwordHash, mustChangePassword: true },
      select: USER_AUDIT_SELECT,
    });
    await writeAdminAudit(tx, actor, { action: "user.create", targetType: "user", targetId: user.id, after: user });
    return { id: user.id, temporaryPassword: password };
  });
}

/**
 * Edits an account's identity, role and placement; a change of role or placement ends its sessions.
 * The username never changes (logs refer to it).
 */
export async function updateUser(actor: Actor, userId: string, raw: unknown, deps?: Deps): Promise<void> {
  const { db } = resolveDeps(deps);
  const input = parseOrThrow(ZUserForm, raw);
  await db.$transaction(async (tx) => {
    const before = await findManagedUser(tx, actor, userId);
    if (before.id === actor.userId && input.role !== "ADMINISTRATOR") {
      throw new AppError("INVALID_INPUT", { fieldErrors: { role: "Bạn không thể tự bỏ vai trò quản trị của chính mình." } });
    }
    const place = await placement(tx, actor, input);
    // A new role, unit, reach or agency ends the person's sessions: a session opened under the old
    // rules (an officer's password-only sign-in) must not carry into a role that needs a second
    // factor; the next sign-in follows the new role's rules, enrolment included.
    const moved = before.role !== input.role || before.unitId !== place.unitId || before.jurisdictionUnitId !== place.jurisdictionUnitId || before.agencyId !== place.agencyId;
    const after = await tx.user.update({
      where: { id: userId },
      data: { fullName: input.fullName, title: input.title, role: input.role, email: input.email, phone: input.phone, ...place, ...(moved ? { sessionVersion: { increment: 1 } } : {}) },
      select: USER_AUDIT_SELECT,
    });
    await writeAdminAudit(tx, actor, { action: "user.update", targetType: "user", targetId: userId, before, after });
  });
}
