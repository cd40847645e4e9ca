import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { listRequests, priorityStatus } from "@/lib/copies/list-requests";
import { ZRequestFilter, type TRequestFilter } from "@/lib/copies/schemas";
import type { DisplayStatus } from "@/lib/copies/display-status";
import { messages } from "@/lib/text/messages";
import { copiesTexts as t } from "@/lib/copies/messages";
import { formatCount } from "@/lib/text/format";
import { RequestTable } from "@/components/copies/request-table";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { buttonClass } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: t.list.title };

const m = messages.copies;
const ORDER: DisplayStatus[] = ["RECEIVED", "PREPARED", "SIGNED", "ISSUED", "DELIVERED", "REFUSED", "REVOKED"];

function href(filter: TRequestFilter, change: Partial<TRequestFilter>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ kind: filter.kind, unit: filter.unit, q: filter.q, status: filter.status, overdue: filter.overdue, ...change })) if (v) q.set(k, String(v));
  return `/copies${q.size ? `?${q}` : ""}`;
}

export default async function CopiesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("copy.read");
  const filter = ZRequestFilter.parse(await searchParams);
  const list = await listRequests(actor, filter);
  const prio = priorityStatus(actor.role);
  const statuses = prio ? [prio, ...ORDER.filter((s) => s !== prio)] : ORDER;
  const all = Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0);
  const multiUnit = actor.unitIds.length > 1;
  const tab = (active: boolean) => `rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t.list.title}</h1>
          <p className="text-sm text-slate-700">{t.list.subtitle(multiUnit ? t.provinceWide : t.list.ofUnit(actor.unit?.name ?? t.unitFallback))}</p>
        </div>
        <div className="flex gap-2">
          <Link href="/copies/register" className={buttonClass("secondary")}>{t.list.register}</Link>
          {roleCan(actor.role, "copy.create") ? <Link href="/copies/new" className={buttonClass("primary")}>{t.list.newRequest}</Link> : null}
        </div>
      </div>
      <nav aria-label={t.list.statusNav} className="flex flex-wrap gap-2">
        <Link href={href(filter, { status: undefined, overdue: undefined })} className={tab(!filter.status && !filter.overdue)} aria-current={!filter.status && !filter.overdue ? "page" : undefined}>{t.list.all(formatCount(all))}</Link>
        {statuses.map((s) => (
          <Link key={s} href={href(filter, { status: s, overdue: undefined })} className={tab(filter.status === s)} aria-current={filter.status === s ? "page" : undefined}>
            {t.list.tab(m.statuses[s], formatCount(list.counts[s] ?? 0))}
          </Link>
        ))}
        <Link href={href(filter, { status: undefined, overdue: "1" })} className={`${tab(!!filter.overdue)} ${list.overdue && !filter.overdue ? "border-red-400 text-red-800" : ""}`} aria-current={filter.overdue ? "page" : undefined}>
          {t.list.tab(t.overdue, formatCount(list.overdue))}
        </Link>
      </nav>
      <FilterBar>
        <FilterSelect label={t.list.kindFilter} name="kind" value={filter.kind} options={m.kinds} />
        <FilterSelect label={t.list.statusFilter} name="status" value={filter.status} options={Object.fromEntries(statuses.map((s) => [s, m.statuses[s]]))} />
        <label className="flex items-center gap-2 self-center pt-5 text-sm font-medium">
          <input type="checkbox" name="overdue" value="1" defaultChecked={!!filter.overdue} className="h-4 w-4 accent-brand-700" /> {t.list.overdueOnly}
        </label>
        <FilterInput label={t.list.searchFilter} name="q" value={filter.q} />
        {multiUnit ? <FilterInput label={t.unitCode} name="unit" value={filter.unit} /> : null}
      </FilterBar>
      <p className="text-sm text-slate-700">{t.list.total(formatCount(list.total))}{prio && !filter.status ? t.list.signFirst : ""}</p>
      <RequestTable
        items={list.items}
        showUnit={multiUnit}
        emptyText={all === 0 ? <>{t.list.empty}{roleCan(actor.role, "copy.create") ? <> <Link href="/copies/new" className="underline">{t.list.emptyFirst}</Link></> : null}</> : t.list.noMatch}
      />
      <Pager page={list.page} pageCount={list.pageCount} params={{ kind: filter.kind, status: filter.status, overdue: filter.overdue, q: filter.q, unit: filter.unit }} />
    </div>
  );
}
