import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { getCatalogue } from "@/lib/admin/settings/procedures";
import { saveProcedureAction } from "@/lib/admin/settings/procedure-actions";
import { ProcedureForm } from "@/components/admin/procedure-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Danh mục thủ tục" };

export default async function ProceduresPage() {
  const actor = await requirePermission("admin.config");
  const { procedures, papers } = await getCatalogue(actor);
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm"><Link href="/admin/settings" className="text-brand-700 underline">← Cấu hình hệ thống</Link></p>
      <div>
        <h1 className="text-2xl font-bold">Danh mục thủ tục và giấy tờ</h1>
        <p className="text-sm text-slate-700">Thủ tục hành chính mà cán bộ chọn khi tra cứu, và các giấy tờ hộ tịch mỗi thủ tục yêu cầu. Mọi thay đổi được ghi vào nhật ký quản trị.</p>
      </div>
      <Card title="Thêm thủ tục">
        <ProcedureForm action={saveProcedureAction} procedure={{ code: "", name: "", sector: "Hộ tịch", active: true, papers: [] }} papers={papers} />
      </Card>
      {procedures.map((p) => (
        <details key={p.id} className="rounded-lg border border-slate-200 bg-white">
          <summary className="cursor-pointer px-4 py-3 text-sm">
            <span className="font-mono text-slate-600">{p.code}</span> · <span className="font-semibold">{p.name}</span> · {p.sector} · {p.papers.length} giấy tờ{p.active ? "" : " · ngừng áp dụng"}
          </summary>
          <div className="border-t border-slate-100 px-4 py-3"><ProcedureForm action={saveProcedureAction} procedure={p} papers={papers} /></div>
        </details>
      ))}
    </div>
  );
}
