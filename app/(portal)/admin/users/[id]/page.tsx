import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { getUserDetail, userFormOptions } from "@/lib/admin/users/list-users";
import { accountAction, updateUserAction } from "@/lib/admin/users/actions";
import { UserForm } from "@/components/admin/user-form";
import { AccountActions } from "@/components/admin/account-actions";
import { Card, DefinitionList } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/text/format";
import { GrantBadge } from "@/components/admin/grant-badge";
import { requiresTwoFactor } from "@/lib/auth/two-factor/totp";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.user;

export const metadata: Metadata = { title: t.title };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("admin.users");
  const { id } = await params;
  const [user, options] = await Promise.all([getUserDetail(actor, id), userFormOptions(actor)]);
  if (!user) notFound();
  const locked = user.lockedUntil && user.lockedUntil > new Date();
  const ops = [
    { op: "resetPassword", label: t.resetPassword, confirm: t.resetPasswordConfirm },
    ...(locked ? [{ op: "unlock", label: t.unlock }] : []),
    ...(user.totpEnabledAt ? [{ op: "resetTwoFactor", label: t.resetTwoFactor, confirm: t.resetTwoFactorConfirm }] : []),
    user.active
      ? { op: "deactivate", label: adminMessages.users.statusFilter.inactive, danger: true, confirm: t.deactivateConfirm }
      : { op: "reactivate", label: t.reactivate },
  ];
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{user.fullName} <span className="text-base font-normal text-slate-600">({user.username})</span></h1>
      <Card title={t.stateCard}>
        <DefinitionList items={[
          { label: adminMessages.users.status, value: user.active ? (locked ? t.lockedUntil(formatDateTime(user.lockedUntil!)) : adminMessages.users.statusFilter.active) : adminMessages.users.statusFilter.inactive },
          { label: t.jurisdiction, value: user.jurisdictionUnit?.name ?? "—" },
          { label: t.twoFactor, value: user.totpEnabledAt ? t.twoFactorSetUp(formatDateTime(user.totpEnabledAt), user.recoveryCodesLeft) : requiresTwoFactor(user.role) ? t.twoFactorPending : t.twoFactorOptional },
          { label: t.password, value: user.mustChangePassword ? t.temporaryPassword : t.ownPassword },
          { label: adminMessages.users.lastSignIn, value: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t.neverSignedIn },
        ]} />
        <div className="mt-4"><AccountActions action={accountAction.bind(null, user.id)} ops={ops} /></div>
      </Card>
      <Card title={t.grantsCard} action={<Link href="/admin/grants" className="text-sm font-medium text-brand-700 underline">{t.manageGrants}</Link>}>
        {user.grants.length === 0 ? <p className="text-sm text-slate-600">{t.noGrants}</p> : (
          <ul className="flex flex-col gap-1 text-sm">
            {user.grants.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center gap-2">
                <GrantBadge state={g.state} /> {g.decisionNumber ?? "—"}{g.validUntil ? t.grantValidUntil(formatDate(g.validUntil)) : ""}{t.grantRequestedAt(formatDateTime(g.requestedAt))}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t.infoCard}>
        <UserForm
          action={updateUserAction.bind(null, user.id)}
          defaults={{
            username: user.username, fullName: user.fullName, title: user.title, role: user.role, unitId: user.unitId, agencyId: user.agencyId, email: user.email, phone: user.phone,
            reach: user.jurisdictionUnitId && user.jurisdictionUnitId !== user.unitId ? "province" : "unit",
          }}
          units={options.units}
          agencies={options.agencies}
          isNew={false}
        />
      </Card>
    </div>
  );
}
