import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { getUserDetail, userFormOptions } from "@/lib/admin/users/list-users";
import { accountAction, updateUserAction } from "@/lib/admin/users/actions";
import { UserForm } from "@/components/admin/user-form";
import { AccountActions } from "@/components/admin/account-actions";
import { Card, DefinitionList } from "@/components/ui/card";
import { formatDate, formatDateTime } from "@/lib/format";
import { GrantBadge } from "@/components/admin/grant-badge";
import { requiresTwoFactor } from "@/lib/auth/two-factor/totp";

export const metadata: Metadata = { title: "Tài khoản" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("admin.users");
  const { id } = await params;
  const [user, options] = await Promise.all([getUserDetail(actor, id), userFormOptions(actor)]);
  if (!user) notFound();
  const locked = user.lockedUntil && user.lockedUntil > new Date();
  const ops = [
    { op: "resetPassword", label: "Đặt lại mật khẩu", confirm: "Đặt mật khẩu tạm thời mới và kết thúc mọi phiên đăng nhập của tài khoản này?" },
    ...(locked ? [{ op: "unlock", label: "Mở khóa" }] : []),
    ...(user.totpEnabledAt ? [{ op: "resetTwoFactor", label: "Đặt lại xác thực hai lớp", confirm: "Người dùng sẽ phải thiết lập lại ứng dụng xác thực ở lần đăng nhập sau. Tiếp tục?" }] : []),
    user.active
      ? { op: "deactivate", label: "Ngừng hoạt động", danger: true, confirm: "Ngừng hoạt động tài khoản: kết thúc mọi phiên đăng nhập và thu hồi quyền khai thác CSDL dân cư. Tiếp tục?" }
      : { op: "reactivate", label: "Kích hoạt lại" },
  ];
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{user.fullName} <span className="text-base font-normal text-slate-600">({user.username})</span></h1>
      <Card title="Tình trạng">
        <DefinitionList items={[
          { label: "Trạng thái", value: user.active ? (locked ? `Đang bị tạm khóa đến ${formatDateTime(user.lockedUntil!)}` : "Đang hoạt động") : "Ngừng hoạt động" },
          { label: "Phạm vi dữ liệu", value: user.jurisdictionUnit?.name ?? "—" },
          { label: "Xác thực hai lớp", value: user.totpEnabledAt ? `Đã thiết lập ${formatDateTime(user.totpEnabledAt)} · còn ${user.recoveryCodesLeft} mã khôi phục` : requiresTwoFactor(user.role) ? "Bắt buộc, chưa thiết lập (thiết lập ở lần đăng nhập tới)" : "Không bắt buộc" },
          { label: "Mật khẩu", value: user.mustChangePassword ? "Mật khẩu tạm thời, phải đổi khi đăng nhập" : "Do người dùng đặt" },
          { label: "Đăng nhập gần nhất", value: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : "Chưa đăng nhập" },
        ]} />
        <div className="mt-4"><AccountActions action={accountAction.bind(null, user.id)} ops={ops} /></div>
      </Card>
      <Card title="Quyền khai thác CSDL dân cư" action={<Link href="/admin/grants" className="text-sm font-medium text-brand-700 underline">Quản lý quyền</Link>}>
        {user.grants.length === 0 ? <p className="text-sm text-slate-600">Chưa có đề nghị hay quyền nào.</p> : (
          <ul className="flex flex-col gap-1 text-sm">
            {user.grants.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center gap-2">
                <GrantBadge state={g.state} /> {g.decisionNumber ?? "—"}{g.validUntil ? ` · đến hết ${formatDate(g.validUntil)}` : ""} · đề nghị {formatDateTime(g.requestedAt)}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Thông tin tài khoản">
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
