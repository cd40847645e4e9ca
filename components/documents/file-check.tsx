"use client";

import { useState } from "react";
import { verifyTexts as t } from "@/lib/documents/verify-texts";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Outcome = { tone: "success" | "error" | "warning"; text: string; sha256?: string };

/** Uploads a PDF the checker holds to POST /api/v1/verify/<code>/file and says whether it is the issued file. */
export function FileCheck({ code }: { code: string }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = (new FormData(event.currentTarget).get("file") as File | null) ?? null;
    setOutcome(null);
    if (!file || file.size === 0) return setError(t.fileRequired);
    if (file.type && file.type !== "application/pdf") return setError(t.fileNotPdf);
    if (file.size > 10 * 1024 * 1024) return setError(t.fileTooLarge);
    setError(null);
    setPending(true);
    try {
      const res = await fetch(`/api/v1/verify/${encodeURIComponent(code)}/file`, { method: "POST", headers: { "content-type": "application/pdf" }, body: file });
      if (res.status === 413) return setOutcome({ tone: "error", text: t.fileTooLarge });
      if (!res.ok) return setOutcome({ tone: "error", text: t.fileFailed });
      const body = (await res.json()) as { file: { sha256: string; matches: boolean | null }; status?: string };
      const { matches, sha256 } = body.file;
      if (!body.status) setOutcome({ tone: "error", text: t.fileInvalidCode, sha256 });
      else if (matches === null) setOutcome({ tone: "warning", text: t.fileUnknown, sha256 });
      else setOutcome({ tone: matches ? "success" : "error", text: matches ? t.fileMatches : t.fileDiffers, sha256 });
    } catch {
      setOutcome({ tone: "error", text: t.fileFailed });
    } finally {
      setPending(false);
    }
  }

  return (
    <section className="no-print rounded-lg border border-slate-200 bg-white px-5 py-4 shadow-sm" aria-labelledby="file-check-title">
      <h2 id="file-check-title" className="text-base font-semibold">{t.fileTitle}</h2>
      <p className="mt-1 text-sm text-slate-700">{t.fileHint}</p>
      <form onSubmit={submit} noValidate className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="f-file" className="text-sm font-medium text-slate-800">{t.fileLabel}</label>
          <input id="f-file" name="file" type="file" accept="application/pdf,.pdf" aria-invalid={error ? true : undefined} aria-describedby={error ? "f-file-error" : undefined} className="text-sm" />
          {error ? <p id="f-file-error" role="alert" className="text-sm text-red-700">{error}</p> : null}
        </div>
        <Button type="submit" disabled={pending}>{pending ? t.fileChecking : t.fileButton}</Button>
      </form>
      <div aria-live="polite" className="mt-3">
        {outcome ? (
          <Alert tone={outcome.tone}>
            <p>{outcome.text}</p>
            {outcome.sha256 ? <p className="mt-1 font-mono text-xs break-all">{t.fileHash}: {outcome.sha256}</p> : null}
          </Alert>
        ) : null}
      </div>
    </section>
  );
}
