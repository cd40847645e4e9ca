import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { listUsers } from "@/lib/admin/users/list-users";
import { ZUserFilter } from "@/lib/admin/users/schemas";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Pager } from "@/components/ui/pager";
import { buttonClass } from "@/components/ui/button";
import { formatCount, formatDateTime } from "@/lib/text/format";
import { messages } from "@/lib/text/messages";
import { requiresTwoFactor } from "@/lib/auth/two-factor/totp";
import { adminMessages } from "@/lib/admin/messages";
import { ListTable, PageHeader } from "@/components/ui/list-table";

const t = adminMessages.users;

export const metadata: Metadata = { title: t.title };

const STATUS = t.statusFilter;

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("admin.users");
  const filter = ZUserFilter.parse(await searchParams);
  const { rows, total, page, pageCount } = await listUsers(actor, filter);
  const now = new Date();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.title} intro={t.intro} action={<Link href="/admin/users/new" className={buttonClass("primary")}>{t.create}</Link>} />
      <FilterBar>
        <FilterInput label={t.search} name="q" value={filter.q} />
        <FilterSelect label={t.role} name="role" value={filter.role} options={messages.roles} />
        <FilterSelect label={t.status} name="status" value={filter.status} options={STATUS} />
      </FilterBar>
      <p className="text-sm text-slate-700">{t.count(formatCount(total))}</p>
      <ListTable minWidth="min-w-[820px]" columns={[messages.signIn.username, t.fullName, t.role, t.unit, t.status, t.lastSignIn]} isEmpty={rows.length === 0} empty={t.empty}>
        {rows.map((u) => (
          <tr key={u.id} className="border-t border-slate-100">
            <td className="px-3 py-2"><Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">{u.username}</Link></td>
            <td className="px-3 py-2">{u.fullName}</td>
            <td className="px-3 py-2">{messages.roles[u.role]}</td>
            <td className="px-3 py-2">{u.unit?.name ?? u.agency?.name ?? "—"}</td>
            <td className="px-3 py-2">
              {!u.active ? t.statusFilter.inactive : u.lockedUntil && u.lockedUntil > now ? t.lockedUntil(formatDateTime(u.lockedUntil)) : t.active}
              {u.mustChangePassword ? t.mustChange : ""}
              {requiresTwoFactor(u.role) && !u.totpEnabledAt ? t.no2fa : ""}
            </td>
            <td className="px-3 py-2 tabular-nums">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "—"}</td>
          </tr>
        ))}
      </ListTable>
      <Pager page={page} pageCount={pageCount} params={{ q: filter.q, role: filter.role, status: filter.status }} />
    </div>
  );
}
