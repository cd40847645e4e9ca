import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Logo } from "@/components/ui/logo";
import { Alert } from "@/components/ui/alert";
import { currentActor } from "@/lib/auth/session";
import { messages } from "@/lib/text/messages";

export const metadata: Metadata = { title: messages.signIn.title };

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (await currentActor()) redirect("/");
  const params = await searchParams;
  const callbackUrl = typeof params.callbackUrl === "string" ? params.callbackUrl : undefined;
  const notice = params.passwordChanged
    ? messages.signIn.passwordChanged
    : params.signedOut ? messages.signIn.signedOut : params.expired ? messages.signIn.expired : null;

  return (
    <main className="flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-brand-800 to-brand-900 px-4 py-10">
      <div className="w-full max-w-md rounded-xl bg-white p-6 shadow-xl sm:p-8">
        <div className="mb-6 flex items-center gap-3">
          <Logo className="h-12 w-12 shrink-0" />
          <div>
            <p className="text-xs font-semibold uppercase tracking-wide text-flag">{messages.signIn.ownerPrefix} {messages.appOwner}</p>
            <h1 className="text-lg font-bold leading-tight text-brand-900">{messages.appName}</h1>
          </div>
        </div>
        <h2 className="text-xl font-semibold text-slate-900">{messages.signIn.title}</h2>
        <p className="mb-5 mt-1 text-sm text-slate-600">{messages.signIn.subtitle}</p>
        {notice ? (
          <div className="mb-4">
            <Alert tone="info">{notice}</Alert>
          </div>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} />
      </div>
      <p className="mt-6 max-w-md text-center text-xs text-brand-100">
        {messages.signIn.footer}
      </p>
    </main>
  );
}
