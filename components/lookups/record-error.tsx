import Link from "next/link";
import { lookupsTexts } from "@/lib/lookups/messages";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";

/**
 * A record page whose record could not be read from the national system (a lookup's record, or the
 * record a verification asks about): the reason, a retry of the same page and a way back.
 */
export function RecordError({ title, message, retryHref, back }: { title: string; message: string; retryHref: string; back: { href: string; label: string } }) {
  return (
    <div className="flex max-w-2xl flex-col gap-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      <Alert tone="error" title={lookupsTexts.common.recordFailed}>{message}</Alert>
      <div className="flex gap-3">
        <Link href={retryHref} className={buttonClass("primary")}>{lookupsTexts.common.retry}</Link>
        <Link href={back.href} className={buttonClass("secondary")}>{back.label}</Link>
      </div>
    </div>
  );
}
