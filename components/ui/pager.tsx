import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { messages } from "@/lib/text/messages";

const t = messages.common;

/** Previous/next links that keep the current filters. */
export function Pager({ page, pageCount, params }: { page: number; pageCount: number; params: Record<string, string | undefined> }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    q.set("page", String(p));
    return `?${q.toString()}`;
  };
  return (
    <nav aria-label={t.pagination} className="flex items-center gap-3 text-sm">
      {page > 1 ? <Link className={buttonClass("secondary")} href={href(page - 1)}>{t.previousPage}</Link> : null}
      <span>{t.pageOf(page, pageCount)}</span>
      {page < pageCount ? <Link className={buttonClass("secondary")} href={href(page + 1)}>{t.nextPage}</Link> : null}
    </nav>
  );
}
