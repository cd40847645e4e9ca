import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { listUsers } from "@/lib/admin/users/list-users";
import { ZUserFilter } from "@/lib/admin/users/schemas";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Pager } from "@/components/ui/pager";
import { buttonClass } from "@/components/ui/button";
import { formatCount, formatDateTime } from "@/lib/format";
import { messages } from "@/lib/messages";
import { requiresTwoFactor } from "@/lib/auth/two-factor/totp";

export const metadata: Metadata = { title: "Tài khoản người dùng" };

const STATUS = { active: "Đang hoạt động", inactive: "Ngừng hoạt động", locked: "Đang bị tạm khóa", no2fa: "Chưa thiết lập xác thực hai lớp" };

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("admin.users");
  const filter = ZUserFilter.parse(await searchParams);
  const { rows, total, page, pageCount } = await listUsers(actor, filter);
  const now = new Date();
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">Tài khoản người dùng</h1>
          <p className="text-sm text-slate-700">Tài khoản thuộc phạm vi quản lý của bạn: tạo, sửa, khóa, đặt lại mật khẩu và xác thực hai lớp.</p>
        </div>
        <Link href="/admin/users/new" className={buttonClass("primary")}>+ Tạo tài khoản</Link>
      </div>
      <FilterBar>
        <FilterInput label="Tìm theo tên hoặc tên đăng nhập" name="q" value={filter.q} />
        <FilterSelect label="Vai trò" name="role" value={filter.role} options={messages.roles} />
        <FilterSelect label="Trạng thái" name="status" value={filter.status} options={STATUS} />
      </FilterBar>
      <p className="text-sm text-slate-700">{formatCount(total)} tài khoản</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[820px] text-sm">
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Tên đăng nhập</th>
              <th scope="col" className="px-3 py-2 font-medium">Họ và tên</th>
              <th scope="col" className="px-3 py-2 font-medium">Vai trò</th>
              <th scope="col" className="px-3 py-2 font-medium">Đơn vị / cơ quan</th>
              <th scope="col" className="px-3 py-2 font-medium">Trạng thái</th>
              <th scope="col" className="px-3 py-2 font-medium">Đăng nhập gần nhất</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr><td colSpan={6} className="px-3 py-6 text-center text-slate-600">Không có tài khoản nào phù hợp.</td></tr>
            ) : rows.map((u) => (
              <tr key={u.id} className="border-t border-slate-100">
                <td className="px-3 py-2"><Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">{u.username}</Link></td>
                <td className="px-3 py-2">{u.fullName}</td>
                <td className="px-3 py-2">{messages.roles[u.role]}</td>
                <td className="px-3 py-2">{u.unit?.name ?? u.agency?.name ?? "—"}</td>
                <td className="px-3 py-2">
                  {!u.active ? "Ngừng hoạt động" : u.lockedUntil && u.lockedUntil > now ? `Khóa đến ${formatDateTime(u.lockedUntil)}` : "Hoạt động"}
                  {u.mustChangePassword ? " · chờ đổi mật khẩu" : ""}
                  {requiresTwoFactor(u.role) && !u.totpEnabledAt ? " · chưa có 2FA" : ""}
                </td>
                <td className="px-3 py-2 tabular-nums">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager page={page} pageCount={pageCount} params={{ q: filter.q, role: filter.role, status: filter.status }} />
    </div>
  );
}
