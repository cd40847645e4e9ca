import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { listRegistrations } from "@/lib/national-registration/admin";
import { retryRegistrationAction } from "@/lib/national-registration/actions";
import { registrationTexts } from "@/lib/national-registration/texts";
import { ActionForm } from "@/components/admin/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatCount, formatDateTime } from "@/lib/text/format";
import { adminMessages } from "@/lib/admin/messages";
import { PageHeader, TableHead } from "@/components/ui/list-table";

const t = adminMessages.registrations;

export const metadata: Metadata = { title: t.title };
export const dynamic = "force-dynamic";

export default async function RegistrationsPage() {
  const actor = await requirePermission("admin.monitoring");
  const { counts, open } = await listRegistrations(actor);
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.title} intro={t.intro} />
      <dl className="grid grid-cols-3 gap-3 text-sm">
        {(["DELIVERED", "PENDING", "REFUSED"] as const).map((s) => (
          <div key={s} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-slate-600">{registrationTexts.status[s]}</dt>
            <dd className="text-2xl font-bold tabular-nums">{formatCount(counts[s] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      <Card title={t.openCard}>
        {open.length === 0 ? <p className="text-sm text-slate-600">{t.noneOpen}</p> : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <TableHead columns={[t.document, t.action, adminMessages.user.stateCard, t.attempts, t.lastError, t.retryAt, <span key="actions" className="sr-only">{adminMessages.apiClients.actions}</span>]} />
              <tbody>
                {open.map((r) => (
                  <tr key={r.id} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2">
                      <Link href={`/copies/${r.document.requestId}`} className="font-medium text-brand-700 underline">{r.document.label ?? `${r.document.number}/${r.document.symbol}`}</Link>
                      <p className="text-xs text-slate-600">{r.document.request.unit.name}</p>
                    </td>
                    <td className="px-3 py-2">{r.action === "REGISTER" ? t.register : t.reportRevocation}</td>
                    <td className={`px-3 py-2 ${r.status === "REFUSED" ? "text-red-800" : "text-amber-800"}`}>{r.status === "REFUSED" ? adminMessages.grantStates.REFUSED : t.pending}</td>
                    <td className="px-3 py-2 tabular-nums">{r.attempts}</td>
                    <td className="px-3 py-2">{r.lastError ?? "—"}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{r.status === "PENDING" ? formatDateTime(r.nextAttemptAt) : "—"}</td>
                    <td className="px-3 py-2">
                      <ActionForm action={retryRegistrationAction}>
                        <input type="hidden" name="id" value={r.id} />
                        <Button type="submit" variant="secondary">{t.retryNow}</Button>
                      </ActionForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
