import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { apiClientScopes, listApiClients } from "@/lib/admin/api-clients/api-clients";
import { createApiClientAction, revokeApiClientAction, rotateApiClientAction, setApiClientCallbackAction } from "@/lib/admin/api-clients/actions";
import { ApiClientForm } from "@/components/admin/api-client-form";
import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Khóa API" };

export default async function ApiClientsPage() {
  const actor = await requirePermission("admin.apiClients");
  const [clients, scopes] = await Promise.all([listApiClients(actor), apiClientScopes(actor)]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Khóa API của hệ thống kết nối</h1>
        <p className="text-sm text-slate-700">Hệ thống thông tin giải quyết TTHC tỉnh và các hệ thống khác tra cứu qua <code>/api/v1</code> bằng khóa API. Khóa chỉ hiển thị một lần khi tạo hoặc đổi, và chỉ được lưu dưới dạng băm.</p>
        <p className="text-sm text-slate-700">Địa chỉ nhận thông báo: mỗi khi yêu cầu cấp bản sao do hệ thống gửi qua <code>/api/v1/copy-requests</code> đổi trạng thái, cổng gửi thông báo (POST, ký HMAC-SHA256 trong tiêu đề <code>X-Signature</code>) tới địa chỉ này, gửi lại khi lỗi. Mỗi lần lưu địa chỉ, một bí mật ký mới được tạo và chỉ hiển thị một lần.</p>
      </div>
      <Card title="Tạo khóa mới"><ApiClientForm action={createApiClientAction} scopes={scopes} /></Card>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full min-w-[860px] text-sm">
          <thead className="bg-slate-100 text-left text-slate-700">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">Hệ thống</th>
              <th scope="col" className="px-3 py-2 font-medium">Phạm vi</th>
              <th scope="col" className="px-3 py-2 font-medium">Khóa</th>
              <th scope="col" className="px-3 py-2 font-medium">Tạo lúc</th>
              <th scope="col" className="px-3 py-2 font-medium">Dùng gần nhất</th>
              <th scope="col" className="px-3 py-2 font-medium">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {clients.length === 0 ? <tr><td colSpan={6} className="px-3 py-6 text-center text-slate-600">Chưa có khóa API nào.</td></tr> : clients.map((c) => (
              <tr key={c.id} className="border-t border-slate-100 align-top" data-testid={`api-client-${c.name}`}>
                <td className="px-3 py-2 font-medium">{c.name}</td>
                <td className="px-3 py-2">{c.scopeUnit.name}</td>
                <td className="px-3 py-2"><code>{c.keyPrefix}…</code>{c.active ? "" : <span className="ml-2 rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900">Đã thu hồi {c.revokedAt ? formatDateTime(c.revokedAt) : ""}</span>}</td>
                <td className="px-3 py-2 tabular-nums">{formatDateTime(c.createdAt)}</td>
                <td className="px-3 py-2 tabular-nums">{c.lastUsedAt ? formatDateTime(c.lastUsedAt) : "Chưa dùng"}</td>
                <td className="px-3 py-2">
                  {c.active ? (
                    <div className="flex max-w-sm flex-col gap-2">
                      <ActionForm action={rotateApiClientAction.bind(null, c.id)} className="flex flex-col gap-2" confirm="Đổi khóa: khóa hiện tại bị từ chối ngay lập tức. Tiếp tục?">
                        <Button type="submit" variant="secondary" className="self-start">Đổi khóa</Button>
                      </ActionForm>
                      <ActionForm action={setApiClientCallbackAction.bind(null, c.id)} className="flex flex-col gap-2">
                        <Field id={`callback-${c.id}`} label="Địa chỉ nhận thông báo" name="callbackUrl" type="url" defaultValue={c.callbackUrl ?? ""} placeholder="https://…" />
                        <Button type="submit" variant="secondary" className="self-start">Lưu địa chỉ nhận thông báo</Button>
                      </ActionForm>
                      <ActionForm action={revokeApiClientAction.bind(null, c.id)} className="flex flex-col gap-2" confirm="Thu hồi khóa này vĩnh viễn?">
                        <Button type="submit" variant="danger" className="self-start">Thu hồi</Button>
                      </ActionForm>
                    </div>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
