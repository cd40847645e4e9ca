import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { getCatalogue } from "@/lib/admin/settings/procedures";
import { saveProcedureAction } from "@/lib/admin/settings/procedure-actions";
import { ProcedureForm } from "@/components/admin/procedure-form";
import { Card } from "@/components/ui/card";
import { adminMessages } from "@/lib/admin/messages";

const t = adminMessages.procedures;

export const metadata: Metadata = { title: adminMessages.audit.targets.procedure };

export default async function ProceduresPage() {
  const actor = await requirePermission("admin.config");
  const { procedures, papers } = await getCatalogue(actor);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm"><Link href="/admin/settings" className="text-brand-700 underline">{adminMessages.setting.back}</Link></p>
      <div>
        <h1 className="text-2xl font-bold">{adminMessages.settings.catalogue}</h1>
        <p className="text-sm text-slate-700">{t.intro}</p>
      </div>
      <Card title={adminMessages.procedureForm.add}>
        <ProcedureForm action={saveProcedureAction} procedure={{ code: "", name: "", sector: t.defaultSector, active: true, papers: [] }} papers={papers} />
      </Card>
      {procedures.map((p) => (
        <details key={p.id} className="rounded-lg border border-slate-200 bg-white">
          <summary className="cursor-pointer px-4 py-3 text-sm">
            <span className="font-mono text-slate-600">{p.code}</span> · <span className="font-semibold">{p.name}</span> · {p.sector} · {t.papers(p.papers.length)}{p.active ? "" : t.inactive}
          </summary>
          <div className="border-t border-slate-100 px-4 py-3"><ProcedureForm action={saveProcedureAction} procedure={p} papers={papers} /></div>
        </details>
      ))}
    </div>
  );
}
