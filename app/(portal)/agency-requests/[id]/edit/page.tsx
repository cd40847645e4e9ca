import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { formatPartialDate } from "@/lib/text/dates";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getAgencyRequest } from "@/lib/agency-requests/get-agency-request";
import { Alert } from "@/components/ui/alert";
import { AgencyRequestForm, type RequestFormInitial } from "@/components/agency-requests/request-form";
import { agencyTexts } from "@/lib/agency-requests/messages";

const t = agencyTexts.refiling;

export const metadata: Metadata = { title: t.metaTitle };

export default async function EditAgencyRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("agencyRequest.file");
  const request = await orNotFound(getAgencyRequest(actor, (await params).id));
  if (!request.can.refile) notFound();
  const iso = (d: Date | null) => (d ? formatPartialDate(d.toISOString().slice(0, 10)) : "");
  const initial: RequestFormInitial = {
    letterNumber: request.letterNumber, letterDate: iso(request.letterDate), signerName: request.signerName, signerTitle: request.signerTitle ?? "",
    reason: request.reason, legalBasis: request.legalBasis, recordKinds: request.recordKinds, requestedDueOn: iso(request.requestedDueOn),
  };
  request.people.forEach((p, i) => {
    initial[`personalId.${i}`] = p.personalId ?? "";
    initial[`fullName.${i}`] = p.fullName ?? "";
    initial[`dateOfBirth.${i}`] = p.dateOfBirth ? formatPartialDate(p.dateOfBirth) : "";
    initial[`note.${i}`] = p.note ?? "";
  });
  return (
    <div className="flex max-w-5xl flex-col gap-4">
      <div>
        <p className="text-sm"><Link href={`/agency-requests/${request.id}`} className="text-brand-700 underline">{t.back(request.code)}</Link></p>
        <h1 className="text-2xl font-bold">{t.title(request.code)}</h1>
      </div>
      {request.triageNote ? <Alert tone="warning" title={t.returnedTitle}>{request.triageNote}</Alert> : null}
      <AgencyRequestForm initial={initial} refile={{ id: request.id, version: request.version }} />
    </div>
  );
}
