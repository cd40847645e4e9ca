import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { userFormOptions } from "@/lib/admin/users/list-users";
import { createUserAction } from "@/lib/admin/users/actions";
import { UserForm } from "@/components/admin/user-form";

export const metadata: Metadata = { title: "Tạo tài khoản" };

export default async function NewUserPage() {
  const actor = await requirePermission("admin.users");
  const { units, agencies } = await userFormOptions(actor);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Tạo tài khoản</h1>
      <p className="text-sm text-slate-700">Hệ thống tạo một mật khẩu tạm thời; người dùng phải đổi ở lần đăng nhập đầu tiên. Lãnh đạo UBND xã, cán bộ Sở Tư pháp và quản trị viên phải thiết lập xác thực hai lớp.</p>
      <UserForm action={createUserAction} defaults={{}} units={units} agencies={agencies} isNew />
    </div>
  );
}
