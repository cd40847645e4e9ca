import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listProcedures } from "@/lib/lookups/list-procedures";
import { LookupForm } from "@/components/lookups/lookup-form";
import { lookupsTexts } from "@/lib/lookups/messages";

export const metadata: Metadata = { title: lookupsTexts.page.title };

export default async function LookupPage() {
  const actor = await requirePermission("record.lookup");
  const procedures = await listProcedures();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{lookupsTexts.page.title}</h1>
        <p className="text-sm text-slate-700">
          {lookupsTexts.page.intro(actor.unit?.name)}
        </p>
      </div>
      <LookupForm procedures={procedures} />
    </div>
  );
}
