import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { messages } from "@/lib/text/messages";

const t = messages.notFound;

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-start justify-center gap-3 px-4">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-700">{t.body}</p>
      <Link href="/" className={buttonClass("primary")}>{t.home}</Link>
    </main>
  );
}
