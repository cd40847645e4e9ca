"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "@/components/shell/navigation";
import { messages } from "@/lib/text/messages";

/** Menu links; the current page is marked for screen readers (aria-current) and by colour. */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  const matches = items.filter((i) => (i.href === "/" ? pathname === "/" : pathname === i.href || pathname.startsWith(i.href + "/")));
  const current = matches.sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <ul className="flex flex-col gap-0.5">
      {items.map((item) => {
        const active = item.href === current;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={active ? "page" : undefined}
              className={`block rounded-md px-3 py-2 text-sm font-medium ${
                active ? "bg-brand-700 text-white" : "text-slate-700 hover:bg-slate-200"
              }`}
            >
              {item.label}
              {item.count ? <span className="ml-1.5 inline-block rounded-full bg-amber-500 px-1.5 text-xs font-semibold text-white" aria-label={messages.shell.waiting(item.count)}>{item.count}</span> : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
