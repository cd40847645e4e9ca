import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listUnitOfficersGrants } from "@/lib/admin/grants/grants";
import { requestGrantAction } from "@/lib/admin/grants/actions";
import { ActionForm } from "@/components/admin/action-form";
import { GrantBadge } from "@/components/admin/grant-badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/text/format";
import { grantTexts as t } from "@/lib/grants/messages";
import { ListTable } from "@/components/ui/list-table";

export const metadata: Metadata = { title: t.metaTitle };

/** The signer's page: officers of the unit, their population-database grant, and a request button. */
export default async function GrantRequestPage() {
  const actor = await requirePermission("grant.request");
  const officers = await listUnitOfficersGrants(actor);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="text-sm text-slate-700">{t.intro}</p>
      </div>
      <ListTable
        minWidth="min-w-[760px]"
        columns={[{ label: t.columns.officer }, { label: t.columns.state }, { label: t.columns.decision }, { label: t.columns.request }]}
        isEmpty={officers.length === 0}
        empty={t.empty}
      >
        {officers.map((o) => (
          <tr key={o.id} className="border-t border-slate-100 align-top" data-testid={`officer-${o.username}`}>
            <td className="px-3 py-2"><span className="font-medium">{o.fullName}</span> <span className="text-slate-600">{t.username(o.username)}</span></td>
            <td className="px-3 py-2">{o.state ? <GrantBadge state={o.state} /> : <span className="text-slate-600">{t.noGrant}</span>}</td>
            <td className="px-3 py-2">{o.grant?.decisionNumber ?? "—"}{o.grant?.validUntil ? t.validUntil(formatDate(o.grant.validUntil)) : ""}</td>
            <td className="px-3 py-2">
              {o.state === "ACTIVE" || o.state === "REQUESTED" ? null : (
                <ActionForm action={requestGrantAction} className="flex flex-col gap-2">
                  <input type="hidden" name="userId" value={o.id} />
                  <label className="text-xs text-slate-700">{t.reason}
                    <input name="note" className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm" defaultValue={t.defaultReason} />
                  </label>
                  <Button type="submit" variant="secondary" className="self-start">{t.request}</Button>
                </ActionForm>
              )}
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
