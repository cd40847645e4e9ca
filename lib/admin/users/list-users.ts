import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { managedUsersWhere } from "@/lib/accounts/get-account-overview";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TUserFilter } from "@/lib/admin/users/schemas";
import { grantState } from "@/lib/admin/grants/grants";
import { todayInVietnam } from "@/lib/text/dates";
import { pageCountOf } from "@/lib/pagination/offset";

export const USERS_PAGE_SIZE = 30;

/** Accounts in the administrator's jurisdiction (scope in the query), searched, filtered and paged. */
export async function listUsers(actor: Actor, filter: TUserFilter, deps?: Deps) {
  const { db, now } = resolveDeps(deps);
  assertCan(actor, "admin.users", actor.jurisdictionRoot?.id ?? null);
  const and: Prisma.UserWhereInput[] = [managedUsersWhere(actor)];
  if (filter.q) and.push({ OR: [{ username: { contains: filter.q.toLowerCase() } }, { fullName: { contains: filter.q, mode: "insensitive" } }] });
  if (filter.role) and.push({ role: filter.role });
  if (filter.status === "active") and.push({ active: true });
  if (filter.status === "inactive") and.push({ active: false });
  if (filter.status === "locked") and.push({ lockedUntil: { gt: now } });
  if (filter.status === "no2fa") and.push({ role: { in: ["COMMUNE_SIGNER", "PROVINCIAL_OFFICER", "ADMINISTRATOR"] }, totpEnabledAt: null });
  const where = { AND: and };
  const [total, rows] = await Promise.all([
    db.user.count({ where }),
    db.user.findMany({
      where,
      orderBy: [{ active: "desc" }, { username: "asc" }],
      skip: (filter.page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: {
        id: true, username: true, fullName: true, role: true, active: true, lockedUntil: true, lastLoginAt: true, totpEnabledAt: true, mustChangePassword: true,
        unit: { select: { name: true } }, agency: { select: { name: true } },
      },
    }),
  ]);
  return { total, rows, page: filter.page, pageCount: pageCountOf(total, USERS_PAGE_SIZE) };
}

/** Units and agencies the account form offers: the administrator's units only. */
export async function userFormOptions(actor: Actor, deps?: Deps) {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.users", actor.jurisdictionRoot?.id ?? null);
  const [units, agencies] = await Promise.all([
    db.unit.findMany({ where: { id: { in: [...actor.unitIds] }, active: true }, orderBy: [{ depth: "asc" }, { name: "asc" }], select: { id: true, name: true, code: true } }),
    db.agency.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { units, agencies };
}

/** One account for the edit page, with its grants and recovery codes left. */
export async function getUserDetail(actor: Actor, userId: string, deps?: Deps) {
  const { db, now } = resolveDeps(deps);
  assertCan(actor, "admin.users", actor.jurisdictionRoot?.id ?? null);
  const user = await db.user.findFirst({
    where: { AND: [{ id: userId }, managedUsersWhere(actor)] },
    select: {
      id: true, username: true, fullName: true, title: true, role: true, unitId: true, jurisdictionUnitId: true, agencyId: true, email: true, phone: true,
      active: true, lockedUntil: true, lastLoginAt: true, mustChangePassword: true, totpEnabledAt: true, createdAt: true,
      jurisdictionUnit: { select: { code: true, name: true } },
    },
  });
  if (!user) return null;
  const [recoveryCodesLeft, grants] = await Promise.all([
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
    db.populationGrant.findMany({ where: { userId }, orderBy: { requestedAt: "desc" }, take: 10, select: { id: true, status: true, decisionNumber: true, validUntil: true, revokedAt: true, requestedAt: true } }),
  ]);
  const today = todayInVietnam(now);
  return { ...user, recoveryCodesLeft, grants: grants.map((g) => ({ ...g, state: grantState(g, user.active, today) })) };
}
