import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { roleCan } from "@/lib/auth/permissions";
import { listRequests, priorityStatus } from "@/lib/copies/list-requests";
import { ZRequestFilter, type TRequestFilter } from "@/lib/copies/schemas";
import type { DisplayStatus } from "@/lib/copies/display-status";
import { messages } from "@/lib/messages";
import { formatCount } from "@/lib/format";
import { RequestTable } from "@/components/copies/request-table";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { buttonClass } from "@/components/ui/button";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "Bản sao trích lục, xác nhận thông tin hộ tịch" };

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
          <h1 className="text-2xl font-bold">Bản sao trích lục, xác nhận thông tin hộ tịch</h1>
          <p className="text-sm text-slate-700">Yêu cầu {multiUnit ? "của các đơn vị trong tỉnh" : `của ${actor.unit?.name ?? "đơn vị"}`}; hẹn trả trong ngày, sau giờ chốt chuyển sang ngày làm việc tiếp theo.</p>
        </div>
        <div className="flex gap-2">
          <Link href="/copies/register" className={buttonClass("secondary")}>Sổ cấp bản sao</Link>
          {roleCan(actor.role, "copy.create") ? <Link href="/copies/new" className={buttonClass("primary")}>+ Tiếp nhận yêu cầu</Link> : null}
        </div>
      </div>
      <nav aria-label="Lọc theo trạng thái" className="flex flex-wrap gap-2">
        <Link href={href(filter, { status: undefined, overdue: undefined })} className={tab(!filter.status && !filter.overdue)} aria-current={!filter.status && !filter.overdue ? "page" : undefined}>Tất cả ({formatCount(all)})</Link>
        {statuses.map((s) => (
          <Link key={s} href={href(filter, { status: s, overdue: undefined })} className={tab(filter.status === s)} aria-current={filter.status === s ? "page" : undefined}>
            {m.statuses[s]} ({formatCount(list.counts[s] ?? 0)})
          </Link>
        ))}
        <Link href={href(filter, { status: undefined, overdue: "1" })} className={`${tab(!!filter.overdue)} ${list.overdue && !filter.overdue ? "border-red-400 text-red-800" : ""}`} aria-current={filter.overdue ? "page" : undefined}>
          Quá hạn ({formatCount(list.overdue)})
        </Link>
      </nav>
      <FilterBar>
        <FilterSelect label="Loại yêu cầu" name="kind" value={filter.kind} options={m.kinds} />
        <FilterSelect label="Trạng thái" name="status" value={filter.status} options={Object.fromEntries(statuses.map((s) => [s, m.statuses[s]]))} />
        <label className="flex items-center gap-2 self-center pt-5 text-sm font-medium">
          <input type="checkbox" name="overdue" value="1" defaultChecked={!!filter.overdue} className="h-4 w-4 accent-brand-700" /> Chỉ yêu cầu quá hạn
        </label>
        <FilterInput label="Số tiếp nhận, họ tên" name="q" value={filter.q} />
        {multiUnit ? <FilterInput label="Mã đơn vị" name="unit" value={filter.unit} /> : null}
      </FilterBar>
      <p className="text-sm text-slate-700">{formatCount(list.total)} yêu cầu{prio && !filter.status ? " · yêu cầu chờ ký ở đầu danh sách" : ""}</p>
      <RequestTable
        items={list.items}
        showUnit={multiUnit}
        emptyText={all === 0 ? <>Chưa có yêu cầu nào.{roleCan(actor.role, "copy.create") ? <> <Link href="/copies/new" className="underline">Tiếp nhận yêu cầu đầu tiên</Link></> : null}</> : "Không có yêu cầu nào khớp bộ lọc."}
      />
      <Pager page={list.page} pageCount={list.pageCount} params={{ kind: filter.kind, status: filter.status, overdue: filter.overdue, q: filter.q, unit: filter.unit }} />
    </div>
  );
}
