import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

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
    <nav aria-label="Phân trang" className="flex items-center gap-3 text-sm">
      {page > 1 ? <Link className={buttonClass("secondary")} href={href(page - 1)}>← Trang trước</Link> : null}
      <span>Trang {page}/{pageCount}</span>
      {page < pageCount ? <Link className={buttonClass("secondary")} href={href(page + 1)}>Trang sau →</Link> : null}
    </nav>
  );
}
