import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getRequest, type RequestDetail } from "@/lib/copies/get-request";
import { Receipt } from "@/components/copies/receipt";
import { PrintButton } from "@/components/ui/print-button";
import { copiesTexts as t } from "@/lib/copies/messages";

export const metadata: Metadata = { title: t.receiptPage.metaTitle };

// A4 with the margins of Decree 30/2020 Annex I; the portal's header and menu are already no-print.
const PRINT_CSS = `@media print { @page { size: A4; margin: 20mm 15mm 20mm 30mm; } main { padding: 0 !important; } }`;

export default async function ReceiptPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("copy.read");
  const { id } = await params;
  const r: RequestDetail = await orNotFound(getRequest(actor, id));
  return (
    <div className="flex flex-col gap-4">
      <style>{PRINT_CSS}</style>
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-600">
          <Link href="/copies" className="underline">{t.breadcrumb}</Link> › <Link href={`/copies/${r.id}`} className="underline">{r.receiptNumber}</Link> › {t.receiptPage.crumb}
        </p>
        <PrintButton label={t.printReceipt} />
      </div>
      <Receipt r={r} />
    </div>
  );
}
