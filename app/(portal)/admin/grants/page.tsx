import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listGrants, ZGrantStatusFilter } from "@/lib/admin/grants/grants";
import { decideGrantAction, revokeGrantAction } from "@/lib/admin/grants/actions";
import { ActionForm } from "@/components/admin/action-form";
import { GrantBadge, GRANT_STATE_LABELS } from "@/components/admin/grant-badge";
import { GrantDecisionForm } from "@/components/admin/grant-decision-form";
import { FilterBar, FilterSelect } from "@/components/ui/filters";
import { Button } from "@/components/ui/button";
import { formatDate, formatDateTime } from "@/lib/text/format";
import { todayInVietnam } from "@/lib/text/dates";
import { adminMessages } from "@/lib/admin/messages";
import { PageHeader } from "@/components/ui/list-table";

const t = adminMessages.grants;

export const metadata: Metadata = { title: adminMessages.user.grantsCard };

export default async function AdminGrantsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("admin.grants");
  const filter = ZGrantStatusFilter.parse(await searchParams);
  const grants = await listGrants(actor, filter);
  const today = todayInVietnam();
  return (
    <div className="flex flex-col gap-4">
      <PageHeader title={t.heading} intro={t.intro} />
      <FilterBar>
        <FilterSelect label={adminMessages.user.stateCard} name="state" value={filter.state} options={GRANT_STATE_LABELS} />
      </FilterBar>
      {grants.length === 0 ? <p className="rounded-lg border border-slate-200 bg-white p-6 text-center text-sm text-slate-600">{t.empty}</p> : null}
      <ul className="flex flex-col gap-3">
        {grants.map((g) => (
          <li key={g.id} className="rounded-lg border border-slate-200 bg-white p-4" data-testid={`grant-${g.user.username}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-semibold">{g.user.fullName}</span>
              <span className="text-sm text-slate-600">{g.user.username} · {g.user.unit?.name ?? "—"}</span>
              <GrantBadge state={g.state} />
            </div>
            <p className="mt-1 text-sm text-slate-700">
              {t.requested(formatDateTime(g.requestedAt))}{g.requestedBy ? t.requestedBy(g.requestedBy.fullName) : ""}
              {g.decisionNumber ? ` · ${g.decisionNumber}` : ""}
              {g.decidedOn ? t.decidedOn(formatDate(g.decidedOn)) : ""}
              {g.validUntil ? t.validUntil(formatDate(g.validUntil)) : ""}
              {g.revokedAt ? t.revokedAt(formatDateTime(g.revokedAt)) : ""}
              {g.note ? ` · ${g.note}` : ""}
            </p>
            {g.state === "REQUESTED" ? <div className="mt-3"><GrantDecisionForm action={decideGrantAction.bind(null, g.id)} today={today} /></div> : null}
            {g.state === "ACTIVE" ? (
              <ActionForm action={revokeGrantAction.bind(null, g.id)} className="mt-3 flex flex-col gap-2" confirm={t.revokeConfirm}>
                <Button type="submit" variant="danger" className="self-start">{t.revoke}</Button>
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
