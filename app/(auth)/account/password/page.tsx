import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { Alert } from "@/components/ui/alert";
import { Logo } from "@/components/ui/logo";

export const metadata: Metadata = { title: "Đổi mật khẩu" };

/** Outside the portal layout on purpose: it is the one page a person with a temporary password may open. */
export default async function ChangePasswordPage() {
  const actor = await requireActor({ allowPendingPasswordChange: true });
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4 py-10">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <div className="mb-4 flex items-center gap-3">
          <Logo className="h-10 w-10 shrink-0" />
          <h1 className="text-xl font-semibold text-slate-900">Đổi mật khẩu</h1>
        </div>
        <p className="mb-4 text-sm text-slate-700">Tài khoản: <strong>{actor.username}</strong>. Sau khi đổi, mọi phiên đăng nhập kết thúc và bạn đăng nhập lại bằng mật khẩu mới.</p>
        {actor.mustChangePassword ? (
          <div className="mb-4"><Alert tone="warning">Bạn đang dùng mật khẩu tạm thời do quản trị viên cấp. Vui lòng đặt mật khẩu mới trước khi tiếp tục.</Alert></div>
        ) : null}
        <ChangePasswordForm />
        {actor.mustChangePassword ? null : <p className="mt-4 text-sm"><Link href="/" className="text-brand-700 underline">← Về trang chủ</Link></p>}
      </div>
    </main>
  );
}
