import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { Alert } from "@/components/ui/alert";
import { Logo } from "@/components/ui/logo";
import { messages } from "@/lib/text/messages";

const t = messages.account;

export const metadata: Metadata = { title: t.changePasswordTitle };

/** Outside the portal layout on purpose: it is the one page a person with a temporary password may open. */
export default async function ChangePasswordPage() {
  const actor = await requireActor({ allowPendingPasswordChange: true });
  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-slate-100 px-4 py-10">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <div className="mb-4 flex items-center gap-3">
          <Logo className="h-10 w-10 shrink-0" />
          <h1 className="text-xl font-semibold text-slate-900">{t.changePasswordTitle}</h1>
        </div>
        <p className="mb-4 text-sm text-slate-700">{t.accountLabel} <strong>{actor.username}</strong>{t.afterChange}</p>
        {actor.mustChangePassword ? (
          <div className="mb-4"><Alert tone="warning">{t.temporaryPassword}</Alert></div>
        ) : null}
        <ChangePasswordForm />
        {actor.mustChangePassword ? null : <p className="mt-4 text-sm"><Link href="/" className="text-brand-700 underline">{messages.common.backHome}</Link></p>}
      </div>
    </main>
  );
}
