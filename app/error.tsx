"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { messages } from "@/lib/text/messages";

/** The one generic message for anything unexpected; the digest lets IT find the logged error. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-start justify-center gap-3 px-4">
      <h1 className="text-2xl font-bold">{messages.errorPage.title}</h1>
      <p className="text-slate-700">{messages.errors.INTERNAL}</p>
      {error.digest ? <p className="text-sm text-slate-600">{messages.errorPage.code} <code>{error.digest}</code></p> : null}
      <Button onClick={reset}>{messages.errorPage.retry}</Button>
    </main>
  );
}
