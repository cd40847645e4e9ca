import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { messages } from "@/lib/text/messages";

const t = messages.common;

/**
 * The previous / next page links of a keyset-paged list: the filters stay in the URL, the position is
 * an opaque cursor (after/before). No page count: the lists are too long to count on every page.
 */
export function KeysetPager({ next, prev, params, shown, nextParams, prevParams }: {
  next: string | null;
  prev: string | null;
  params: Record<string, string | undefined>;
  shown: number;
  /** Extra parameters of the next/previous page's link (e.g. the register's STT of its first row). */
  nextParams?: Record<string, string>;
  prevParams?: Record<string, string>;
}) {
  const href = (key: "after" | "before", cursor: string) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    for (const [k, v] of Object.entries((key === "after" ? nextParams : prevParams) ?? {})) q.set(k, v);
    q.set(key, cursor);
    return `?${q.toString()}`;
  };
  const first = (() => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    const s = q.toString();
    return s ? `?${s}` : "?";
  })();
  if (!next && !prev) return <p className="text-sm text-slate-700">{t.rowCount(shown)}</p>;
  return (
    <nav aria-label={t.pagination} className="flex flex-wrap items-center gap-3 text-sm">
      {prev ? <Link className={buttonClass("secondary")} href={first}>{t.firstPage}</Link> : null}
      {prev ? <Link className={buttonClass("secondary")} href={href("before", prev)} rel="prev">{t.previousPage}</Link> : null}
      <span className="text-slate-700">{t.rowsOnPage(shown)}</span>
      {next ? <Link className={buttonClass("secondary")} href={href("after", next)} rel="next">{t.nextPage}</Link> : null}
    </nav>
  );
}
