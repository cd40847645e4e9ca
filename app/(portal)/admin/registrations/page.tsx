import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { listRegistrations } from "@/lib/national-registration/admin";
import { retryRegistrationAction } from "@/lib/national-registration/actions";
import { registrationTexts } from "@/lib/national-registration/texts";
import { ActionForm } from "@/components/admin/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { formatCount, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "Đăng ký văn bản với hệ thống quốc gia" };
export const dynamic = "force-dynamic";

export default async function RegistrationsPage() {
  const actor = await requirePermission("admin.monitoring");
  const { counts, open } = await listRegistrations(actor);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Đăng ký văn bản với hệ thống quốc gia</h1>
        <p className="text-sm text-slate-700">
          Mỗi văn bản ký cấp (và mỗi lần thu hồi) được gửi tới Hệ thống thông tin đăng ký, quản lý hộ tịch điện tử dùng chung. Máy chủ tự gửi lại khi hệ thống quốc gia không phản hồi; văn bản bị từ chối chờ quản trị viên xử lý.
        </p>
      </div>
      <dl className="grid grid-cols-3 gap-3 text-sm">
        {(["DELIVERED", "PENDING", "REFUSED"] as const).map((s) => (
          <div key={s} className="rounded-lg border border-slate-200 bg-white px-4 py-3">
            <dt className="text-slate-600">{registrationTexts.status[s]}</dt>
            <dd className="text-2xl font-bold tabular-nums">{formatCount(counts[s] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      <Card title="Chưa gửi được hoặc bị từ chối">
        {open.length === 0 ? <p className="text-sm text-slate-600">Không có văn bản nào đang chờ: mọi văn bản đã được đăng ký.</p> : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="bg-slate-100 text-left text-slate-700">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">Văn bản</th>
                  <th scope="col" className="px-3 py-2 font-medium">Việc</th>
                  <th scope="col" className="px-3 py-2 font-medium">Tình trạng</th>
                  <th scope="col" className="px-3 py-2 font-medium">Lần thử</th>
                  <th scope="col" className="px-3 py-2 font-medium">Lỗi gần nhất</th>
                  <th scope="col" className="px-3 py-2 font-medium">Thử lại lúc</th>
                  <th scope="col" className="px-3 py-2 font-medium"><span className="sr-only">Thao tác</span></th>
                </tr>
              </thead>
              <tbody>
                {open.map((r) => (
                  <tr key={r.id} className="border-t border-slate-100 align-top">
                    <td className="px-3 py-2">
                      <Link href={`/copies/${r.document.requestId}`} className="font-medium text-brand-700 underline">{r.document.label ?? `${r.document.number}/${r.document.symbol}`}</Link>
                      <p className="text-xs text-slate-600">{r.document.request.unit.name}</p>
                    </td>
                    <td className="px-3 py-2">{r.action === "REGISTER" ? "Đăng ký" : "Báo thu hồi"}</td>
                    <td className={`px-3 py-2 ${r.status === "REFUSED" ? "text-red-800" : "text-amber-800"}`}>{r.status === "REFUSED" ? "Bị từ chối" : "Đang chờ"}</td>
                    <td className="px-3 py-2 tabular-nums">{r.attempts}</td>
                    <td className="px-3 py-2">{r.lastError ?? "—"}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{r.status === "PENDING" ? formatDateTime(r.nextAttemptAt) : "—"}</td>
                    <td className="px-3 py-2">
                      <ActionForm action={retryRegistrationAction}>
                        <input type="hidden" name="id" value={r.id} />
                        <Button type="submit" variant="secondary">Gửi lại ngay</Button>
                      </ActionForm>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
