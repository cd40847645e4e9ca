import type { Metadata } from "next";
import { headers } from "next/headers";
import { VerifyResultView } from "@/components/documents/verify-result";
import { FileCheck } from "@/components/documents/file-check";
import { Alert } from "@/components/ui/alert";
import { Logo } from "@/components/ui/logo";
import { PrintButton } from "@/components/ui/print-button";
import { verifyDocument } from "@/lib/documents/verify-document";
import { consumeVerifyRateLimit } from "@/lib/documents/verify-rate-limit";
import { formatDateTime } from "@/lib/text/format";
import { messages } from "@/lib/text/messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: messages.verify.title, referrer: "no-referrer" };

/**
 * /verify/<code> — where a document's QR code leads. Public (lib/auth/config.base.ts), so anyone
 * handed a paper can check it; rate-limited per client address together with the API.
 */
export default async function VerifyPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const limit = await consumeVerifyRateLimit(await headers());
  const result = limit.allowed ? await verifyDocument(code) : null;
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-5 px-4 py-8">
      <header className="flex items-center gap-3">
        <Logo />
        <div>
          <p className="text-xs font-semibold tracking-wide text-brand-700 uppercase">
            {messages.appName} · {messages.appOwner}
          </p>
          <h1 className="text-2xl font-bold text-slate-900">{messages.verify.title}</h1>
        </div>
      </header>
      <p className="text-sm text-slate-700">{messages.verify.subtitle}</p>
      {result ? <VerifyResultView result={result} code={code} /> : null}
      {result && "status" in result && result.kind !== "AGENCY_ANSWER" ? <FileCheck code={code} /> : null}
      {result ? null : <Alert tone="warning" title={messages.errors.RATE_LIMITED}>{messages.verify.rateLimited(limit.retryAfterSeconds)}</Alert>}
      <footer className="flex items-center justify-between gap-3 text-xs text-slate-600">
        <span>{messages.verify.checkedAt(formatDateTime(new Date()))}</span>
        <PrintButton label={messages.verify.print} />
      </footer>
    </main>
  );
}
