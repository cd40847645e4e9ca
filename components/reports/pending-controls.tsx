"use client";

import Link, { useLinkStatus } from "next/link";
import { useFormStatus } from "react-dom";
import { buttonClass } from "@/components/ui/button";

/**
 * The submit button of a form posting to a server action: disabled while it runs, its text
 * replaced by `pendingText` (e.g. "preparing…") so a slow step never looks like a click that did nothing.
 */
export function PendingSubmit({ children, pendingText, className, ariaLabel }: { children: React.ReactNode; pendingText: string; className?: string; ariaLabel?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} aria-label={pending ? pendingText : ariaLabel} className={`${className ?? buttonClass("primary")} disabled:cursor-wait disabled:opacity-70`}>
      {pending ? pendingText : children}
    </button>
  );
}

function LinkLabel({ children, pendingText }: { children: React.ReactNode; pendingText: string }) {
  const { pending } = useLinkStatus();
  return <span aria-live="polite">{pending ? pendingText : children}</span>;
}

/** A link whose text says it is opening while the next page loads. */
export function PendingLink({ href, children, pendingText, className }: { href: string; children: React.ReactNode; pendingText: string; className?: string }) {
  return <Link href={href} className={className}><LinkLabel pendingText={pendingText}>{children}</LinkLabel></Link>;
}
