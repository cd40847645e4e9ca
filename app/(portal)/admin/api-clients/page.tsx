import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { apiClientScopes, listApiClients } from "@/lib/admin/api-clients/api-clients";
import { createApiClientAction, revokeApiClientAction, rotateApiClientAction, setApiClientCallbackAction } from "@/lib/admin/api-clients/actions";
import { ApiClientForm } from "@/components/admin/api-client-form";
import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatDateTime } from "@/lib/text/format";
import { adminMessages } from "@/lib/admin/messages";
import { ListTable } from "@/components/ui/list-table";

const t = adminMessages.apiClients;

export const metadata: Metadata = { title: t.title };

export default async function ApiClientsPage() {
  const actor = await requirePermission("admin.apiClients");
  const [clients, scopes] = await Promise.all([listApiClients(actor), apiClientScopes(actor)]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t.heading}</h1>
        <p className="text-sm text-slate-700">{t.introBeforePath}<code>/api/v1</code>{t.introAfterPath}</p>
        <p className="text-sm text-slate-700">{t.callbackIntro[0]}<code>/api/v1/copy-requests</code>{t.callbackIntro[1]}<code>X-Signature</code>{t.callbackIntro[2]}</p>
      </div>
      <Card title={t.createCard}><ApiClientForm action={createApiClientAction} scopes={scopes} /></Card>
      <ListTable minWidth="min-w-[860px]" columns={[t.system, adminMessages.apiClientForm.scope, t.key, t.createdAt, t.lastUsed, t.actions]} isEmpty={clients.length === 0} empty={t.empty}>
        {clients.map((c) => (
          <tr key={c.id} className="border-t border-slate-100 align-top" data-testid={`api-client-${c.name}`}>
            <td className="px-3 py-2 font-medium">{c.name}</td>
            <td className="px-3 py-2">{c.scopeUnit.name}</td>
            <td className="px-3 py-2"><code>{c.keyPrefix}…</code>{c.active ? "" : <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">{t.revoked} {c.revokedAt ? formatDateTime(c.revokedAt) : ""}</span>}</td>
            <td className="px-3 py-2 tabular-nums">{formatDateTime(c.createdAt)}</td>
            <td className="px-3 py-2 tabular-nums">{c.lastUsedAt ? formatDateTime(c.lastUsedAt) : t.neverUsed}</td>
            <td className="px-3 py-2">
              {c.active ? (
                <div className="flex max-w-sm flex-col gap-2">
                  <ActionForm action={rotateApiClientAction.bind(null, c.id)} className="flex flex-col gap-2" confirm={t.rotateConfirm}>
                    <Button type="submit" variant="secondary" className="self-start">{t.rotate}</Button>
                  </ActionForm>
                  <ActionForm action={setApiClientCallbackAction.bind(null, c.id)} className="flex flex-col gap-2">
                    <Field id={`callback-${c.id}`} label={t.callbackUrl} name="callbackUrl" type="url" defaultValue={c.callbackUrl ?? ""} placeholder="https://…" />
                    <Button type="submit" variant="secondary" className="self-start">{t.saveCallback}</Button>
                  </ActionForm>
                  <ActionForm action={revokeApiClientAction.bind(null, c.id)} className="flex flex-col gap-2" confirm={t.revokeConfirm}>
                    <Button type="submit" variant="danger" className="self-start">{t.revoke}</Button>
                  </ActionForm>
                </div>
              ) : null}
            </td>
          </tr>
        ))}
      </ListTable>
    </div>
  );
}
