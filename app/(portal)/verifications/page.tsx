import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { formatCount } from "@/lib/text/format";
import { listVerifications } from "@/lib/verifications/list-verifications";
import { ZVerificationFilter, type TVerificationFilter } from "@/lib/verifications/schemas";
import { verificationTexts as t } from "@/lib/verifications/texts";
import { verificationPageTexts as vt } from "@/lib/verifications/messages";
import { VerificationTable } from "@/components/verifications/verification-table";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: t.title };

const STATUSES = ["PENDING", "CONFIRMED", "REJECTED"] as const;

function href(filter: TVerificationFilter, change: Partial<TVerificationFilter>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ box: filter.box, status: filter.status, ...change })) if (v) q.set(k, String(v));
  return `/verifications?${q}`;
}

export default async function VerificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("verification.read");
  const filter = ZVerificationFilter.parse(await searchParams);
  const list = await listVerifications(actor, filter);
  const all = Object.values(list.counts).reduce((a, b) => a + (b ?? 0), 0);
  const tab = (active: boolean) => `rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-100"}`;
  const current = (active: boolean) => (active ? ("page" as const) : undefined);
  const inbox = filter.box === "inbox";

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{t.title}</h1>
        <p className="text-sm text-slate-700">
          {vt.list.intro}
          {actor.role === "PROVINCIAL_OFFICER" ? vt.list.provincialNote : ""}
        </p>
      </div>
      <nav aria-label={vt.list.boxes} className="flex flex-wrap gap-2">
        <Link href={href(filter, { box: "inbox", status: undefined, page: 1 })} className={tab(inbox)} aria-current={current(inbox)}>{vt.list.inbox(formatCount(list.pending.inbox))}</Link>
        <Link href={href(filter, { box: "sent", status: undefined, page: 1 })} className={tab(!inbox)} aria-current={current(!inbox)}>{vt.list.sent(formatCount(list.pending.sent))}</Link>
      </nav>
      <nav aria-label={vt.list.statusNav} className="flex flex-wrap gap-2">
        <Link href={href(filter, { status: undefined, page: 1 })} className={tab(!filter.status)} aria-current={current(!filter.status)}>{vt.list.all(formatCount(all))}</Link>
        {STATUSES.map((s) => (
          <Link key={s} href={href(filter, { status: s, page: 1 })} className={tab(filter.status === s)} aria-current={current(filter.status === s)}>
            {vt.list.tab(t.statuses[s], formatCount(list.counts[s] ?? 0))}
          </Link>
        ))}
      </nav>
      <VerificationTable items={list.items} box={filter.box} emptyText={inbox ? vt.list.emptyInbox : vt.list.emptySent} />
      <Pager page={list.page} pageCount={list.pageCount} params={{ box: filter.box, status: filter.status }} />
    </div>
  );
}
