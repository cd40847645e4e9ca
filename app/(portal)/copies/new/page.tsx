import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors/app-error";
import { getIntakeOptions } from "@/lib/copies/intake-options";
import { IntakeForm } from "@/components/copies/intake-form";
import { Alert } from "@/components/ui/alert";
import { copiesTexts as t } from "@/lib/copies/messages";

export const metadata: Metadata = { title: t.intakePage.metaTitle };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 100) : undefined);

export default async function NewRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("copy.create");
  const params = await searchParams;
  const options = await getIntakeOptions(actor, { lookupId: one(params.lookupId), recordId: one(params.recordId) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600"><Link href="/copies" className="underline">{t.breadcrumb}</Link> › {t.intakePage.crumb}</p>
        <h1 className="text-2xl font-bold">{t.intakePage.title}</h1>
        <p className="text-sm text-slate-700">
          {t.intakePage.intro(options.unit.name)}
        </p>
      </div>
      {options.sourceRejected ? (
        <Alert tone="warning" title={t.intakePage.sourceRejectedTitle}>{t.intakePage.sourceRejected}</Alert>
      ) : null}
      <IntakeForm fees={options.fees} source={options.source} populationGrant={options.populationGrant} />
    </div>
  );
}
