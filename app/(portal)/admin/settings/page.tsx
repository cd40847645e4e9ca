import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { SETTING_PAGES } from "@/lib/admin/settings/fields";
import { adminMessages } from "@/lib/admin/messages";
import { PageHeader } from "@/components/ui/list-table";

const t = adminMessages.settings;

export const metadata: Metadata = { title: t.title };

export default async function SettingsIndexPage() {
  await requirePermission("admin.config");
  const pages = [...SETTING_PAGES.map((p) => ({ href: `/admin/settings/${p.key}`, title: p.title, description: p.description })), { href: "/admin/settings/procedures", title: t.catalogue, description: t.catalogueDescription }];
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.heading} intro={t.intro} />
      <ul className="grid grid-cols-1 gap-3 md:grid-cols-2">
        {pages.map((p) => (
          <li key={p.href} className="rounded-lg border border-slate-200 bg-white p-4">
            <Link href={p.href} className="font-semibold text-brand-700 underline">{p.title}</Link>
            <p className="mt-1 text-sm text-slate-700">{p.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
