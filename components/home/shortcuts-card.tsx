import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { Role } from "@/lib/auth/roles";
import { navFor } from "@/components/shell/navigation";
import { homeMessages } from "@/lib/home/messages";

const t = homeMessages.shortcuts;

/** The role's pages, one click from home. Built from the menu, so it lists only what exists. */
export function ShortcutsCard({ role }: { role: Role }) {
  const items = navFor(role).filter((i) => i.href !== "/");
  if (items.length === 0) return null;
  return (
    <Card title={t.title}>
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {items.map((i) => (
          <li key={i.href}>
            <Link href={i.href} className="block rounded-md border border-slate-200 px-3 py-2 text-sm font-medium text-brand-800 hover:border-brand-600 hover:bg-brand-50">
              {i.label} →
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
