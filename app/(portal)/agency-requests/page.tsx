import type { Metadata } from "next";
import Link from "next/link";
import { roleCan } from "@/lib/auth/permissions";
import { formatCount } from "@/lib/text/format";
import { requireAgencyRequestAccess } from "@/lib/agency-requests/guard";
import { listAgencyRequests } from "@/lib/agency-requests/list-agency-requests";
import { agencyMessages as m, agencyTexts as t } from "@/lib/agency-requests/messages";
import { AGENCY_STATUSES, ZListFilter, type TListFilter } from "@/lib/agency-requests/schemas";
import { AgencyRequestTable } from "@/components/agency-requests/request-table";
import { buttonClass } from "@/components/ui/button";
import { FilterBar, FilterInput } from "@/components/ui/filters";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: m.title };

function href(filter: TListFilter, change: Partial<TListFilter>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ status: filter.status, flag: filter.flag, q: filter.q, unit: filter.unit, ...change })) if (v) q.set(k, String(v));
  return `/agency-requests${q.size ? `?${q}` : ""}`;
}

export default async function AgencyRequestsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireAgencyRequestAccess();
  const filter = ZListFilter.parse(await searchParams);
  const list = await listAgencyRequests(actor, filter);
  const isAgency = actor.role === "AGENCY_USER";
  const all = Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0);
  const tab = (active: boolean, tone = "") => `rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : `border-slate-300 bg-white text-slate-800 hover:bg-slate-100 ${tone}`}`;
  const current = (active: boolean) => (active ? ("page" as const) : undefined);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{m.title}</h1>
          <p className="text-sm text-slate-700">
            {isAgency ? t.list.ofAgency(actor.agency?.name) : t.list.intro}
          </p>
        </div>
        {roleCan(actor.role, "agencyRequest.file") ? <Link href="/agency-requests/new" className={buttonClass("primary")}>{t.list.newRequest}</Link> : null}
      </div>
      <nav aria-label={t.statusNav} className="flex flex-wrap gap-2">
        <Link href={href(filter, { status: undefined, flag: undefined })} className={tab(!filter.status && !filter.flag)} aria-current={current(!filter.status && !filter.flag)}>{t.list.all(formatCount(all))}</Link>
        {AGENCY_STATUSES.map((s) => (
          <Link key={s} href={href(filter, { status: s, flag: undefined })} className={tab(filter.status === s)} aria-current={current(filter.status === s)}>
            {t.tab(m.statuses[s], formatCount(list.counts[s] ?? 0))}
          </Link>
        ))}
        <Link href={href(filter, { status: undefined, flag: "dueSoon" })} className={tab(filter.flag === "dueSoon", list.dueSoon ? "border-amber-400 text-amber-900" : "")} aria-current={current(filter.flag === "dueSoon")}>
          {t.tab(m.dueSoon, formatCount(list.dueSoon))}
        </Link>
        <Link href={href(filter, { status: undefined, flag: "overdue" })} className={tab(filter.flag === "overdue", list.overdue ? "border-red-400 text-red-800" : "")} aria-current={current(filter.flag === "overdue")}>
          {t.tab(m.overdue, formatCount(list.overdue))}
        </Link>
      </nav>
      <FilterBar>
        {filter.status ? <input type="hidden" name="status" value={filter.status} /> : null}
        {filter.flag ? <input type="hidden" name="flag" value={filter.flag} /> : null}
        {filter.unit ? <input type="hidden" name="unit" value={filter.unit} /> : null}
        <FilterInput label={t.list.search} name="q" value={filter.q} />
      </FilterBar>
      <p className="text-sm text-slate-700">{t.list.total(formatCount(list.total))}</p>
      <AgencyRequestTable
        items={list.items}
        showAgency={!isAgency}
        emptyText={all === 0 ? (isAgency ? <>{t.list.empty} <Link href="/agency-requests/new" className="underline">{t.list.emptyFirst}</Link></> : t.list.empty) : t.list.noMatch}
      />
      <Pager page={list.page} pageCount={list.pageCount} params={{ status: filter.status, flag: filter.flag, q: filter.q, unit: filter.unit }} />
    </div>
  );
}
