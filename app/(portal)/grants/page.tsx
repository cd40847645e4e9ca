import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listUnitOfficersGrants } from "@/lib/admin/grants/grants";
import { requestGrantAction } from "@/lib/admin/grants/actions";
import { ActionForm } from "@/components/admin/action-form";
import { GrantBadge } from "@/components/admin/grant-badge";
import { Button } from "@/components/ui/button";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Quyền khai thác CSDL dân cư" };

/** The signer's page: officers of the unit, their population-database grant, and a request button. */
export default async function GrantRequestPage() {
  const actor = await requirePermission("grant.request");
  const officers = await listUnitOfficersGrants(actor);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Quyền khai thác CSDL quốc gia về dân cư</h1>
        <p className="text-sm text-slate-700">Công an tỉnh cấp quyền khai thác cho từng cán bộ. Lãnh đạo UBND đề nghị; quản trị hệ thống ghi nhận quyết định. Quyền hết hạn hoặc tài khoản ngừng hoạt động thì tự động mất hiệu lực.</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[760px] text-sm">
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Cán bộ</th>
              <th scope="col" className="px-3 py-2 font-medium">Tình trạng quyền</th>
              <th scope="col" className="px-3 py-2 font-medium">Quyết định / hiệu lực</th>
              <th scope="col" className="px-3 py-2 font-medium">Đề nghị</th>
            </tr>
          </thead>
          <tbody>
            {officers.length === 0 ? <tr><td colSpan={4} className="px-3 py-6 text-center text-slate-600">Đơn vị chưa có cán bộ nào.</td></tr> : officers.map((o) => (
              <tr key={o.id} className="border-t border-slate-100 align-top" data-testid={`officer-${o.username}`}>
                <td className="px-3 py-2"><span className="font-medium">{o.fullName}</span> <span className="text-slate-600">({o.username})</span></td>
                <td className="px-3 py-2">{o.state ? <GrantBadge state={o.state} /> : <span className="text-slate-600">Chưa có quyền</span>}</td>
                <td className="px-3 py-2">{o.grant?.decisionNumber ?? "—"}{o.grant?.validUntil ? ` · đến ${formatDate(o.grant.validUntil)}` : ""}</td>
                <td className="px-3 py-2">
                  {o.state === "ACTIVE" || o.state === "REQUESTED" ? null : (
                    <ActionForm action={requestGrantAction} className="flex flex-col gap-2">
                      <input type="hidden" name="userId" value={o.id} />
                      <label className="text-xs text-slate-700">Lý do đề nghị
                        <input name="note" className="mt-1 block w-full rounded border border-slate-300 px-2 py-1 text-sm" defaultValue="Giải quyết thủ tục hộ tịch tại Bộ phận một cửa" />
                      </label>
                      <Button type="submit" variant="secondary" className="self-start">Đề nghị cấp quyền</Button>
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
