import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { listSecurityEvents, ZSecurityEventFilter } from "@/lib/accounts/list-security-events";
import { SECURITY_EVENT_LABELS } from "@/components/admin/security-event-labels";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime, formatCount } from "@/lib/format";
import { messages } from "@/lib/messages";

export const metadata: Metadata = { title: messages.shell.securityLog };

export default async function SecurityLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("securityLog.read");
  const filter = ZSecurityEventFilter.parse(await searchParams);
  const { rows, total, page, pageCount } = await listSecurityEvents(actor, filter);
  const query = (p: number) => {
    const q = new URLSearchParams();
    if (filter.type) q.set("type", filter.type);
    if (filter.username) q.set("username", filter.username);
    q.set("page", String(p));
    return `?${q.toString()}`;
  };

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">{messages.shell.securityLog}</h1>
        <p className="text-sm text-slate-700">Mọi lần đăng nhập, đăng nhập sai, khóa tài khoản và đăng xuất, kèm thời gian và địa chỉ IP.</p>
      </div>
      <form className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" role="search">
        <div className="flex flex-col gap-1">
          <label htmlFor="type" className="text-sm font-medium">Loại sự kiện</label>
          <select id="type" name="type" defaultValue={filter.type ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            <option value="">Tất cả</option>
            {Object.entries(SECURITY_EVENT_LABELS).map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="username" className="text-sm font-medium">Tên đăng nhập</label>
          <input id="username" name="username" defaultValue={filter.username ?? ""} className="rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </div>
        <button type="submit" className={buttonClass("primary")}>Lọc</button>
      </form>
      <p className="text-sm text-slate-700">{formatCount(total)} sự kiện</p>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[720px] text-sm">
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Thời gian</th>
              <th scope="col" className="px-3 py-2 font-medium">Sự kiện</th>
              <th scope="col" className="px-3 py-2 font-medium">Tên đăng nhập</th>
              <th scope="col" className="px-3 py-2 font-medium">Địa chỉ IP</th>
              <th scope="col" className="px-3 py-2 font-medium">Chi tiết</th>
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={5} className="px-3 py-6 text-center text-slate-600">Không có sự kiện nào phù hợp.</td>
              </tr>
            ) : (
              rows.map((r) => (
                <tr key={r.id} className="border-t border-slate-100">
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(r.at)}</td>
                  <td className="px-3 py-2">{SECURITY_EVENT_LABELS[r.type]}</td>
                  <td className="px-3 py-2">{r.username ?? "—"}</td>
                  <td className="px-3 py-2">{r.ip ?? "—"}</td>
                  <td className="px-3 py-2 text-slate-600">{r.detail ?? ""}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      {pageCount > 1 ? (
        <nav aria-label="Phân trang" className="flex items-center gap-3 text-sm">
          {page > 1 ? <Link className={buttonClass("secondary")} href={query(page - 1)}>← Trang trước</Link> : null}
          <span>Trang {page}/{pageCount}</span>
          {page < pageCount ? <Link className={buttonClass("secondary")} href={query(page + 1)}>Trang sau →</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
