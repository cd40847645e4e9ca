import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { AgencyRequestForm } from "@/components/agency-requests/request-form";
import { agencyTexts } from "@/lib/agency-requests/messages";

const t = agencyTexts.filing;

export const metadata: Metadata = { title: t.title };

export default async function NewAgencyRequestPage() {
  const actor = await requirePermission("agencyRequest.file");
  return (
    <div className="flex max-w-5xl flex-col gap-4">
      <div>
        <p className="text-sm"><Link href="/agency-requests" className="text-brand-700 underline">{t.back}</Link></p>
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="text-sm text-slate-700">
          {t.intro(actor.agency?.name)}
        </p>
      </div>
      <AgencyRequestForm />
    </div>
  );
}
