import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listAdminAudit, ZAdminAuditFilter } from "@/lib/admin/list-admin-audit";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { Pager } from "@/components/ui/pager";
import { JsonDiff } from "@/components/admin/json-diff";
import { formatCount, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Nhật ký quản trị" };

const TARGETS = { user: "Tài khoản", grant: "Quyền CSDL dân cư", apiClient: "Khóa API", setting: "Cấu hình", procedure: "Danh mục thủ tục" };

export default async function AdminAuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("securityLog.read");
  const filter = ZAdminAuditFilter.parse(await searchParams);
  const { rows, total, page, pageCount } = await listAdminAudit(actor, filter);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Nhật ký quản trị</h1>
        <p className="text-sm text-slate-700">Mọi thao tác quản trị (tài khoản, xác thực hai lớp, quyền CSDL dân cư, khóa API, cấu hình, danh mục) với giá trị trước và sau. Mật khẩu, khóa và mã bí mật không bao giờ được ghi.</p>
      </div>
      <FilterBar>
        <FilterSelect label="Đối tượng" name="targetType" value={filter.targetType} options={TARGETS} />
        <FilterInput label="Người thực hiện" name="actor" value={filter.actor} />
      </FilterBar>
      <p className="text-sm text-slate-700">{formatCount(total)} thao tác</p>
      <ul className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {rows.length === 0 ? <li className="px-4 py-6 text-center text-sm text-slate-600">Chưa có thao tác nào phù hợp.</li> : rows.map((r) => (
          <li key={String(r.id)} className="px-4 py-2 text-sm">
            <p>
              <span className="tabular-nums text-slate-600">{formatDateTime(r.at)}</span> · <span className="font-medium">{r.actorUsername}</span> ·{" "}
              <code className="rounded bg-slate-100 px-1">{r.action}</code> · {TARGETS[r.targetType as keyof typeof TARGETS] ?? r.targetType} <span className="font-mono text-xs text-slate-500">{r.targetId}</span>
            </p>
            <JsonDiff before={r.before} after={r.after} />
          </li>
        ))}
      </ul>
      <Pager page={page} pageCount={pageCount} params={{ targetType: filter.targetType, actor: filter.actor }} />
    </div>
  );
}
