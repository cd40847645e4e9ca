import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/guards";
import { listProcedures } from "@/lib/lookups/list-procedures";
import { LookupForm } from "@/components/lookups/lookup-form";

export const metadata: Metadata = { title: "Tra cứu dữ liệu hộ tịch" };

export default async function LookupPage() {
  const actor = await requirePermission("record.lookup");
  const procedures = await listProcedures();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-2xl font-bold">Tra cứu dữ liệu hộ tịch</h1>
        <p className="text-sm text-slate-700">
          Tra cứu trong Hệ thống đăng ký, quản lý hộ tịch điện tử dùng chung khi giải quyết thủ tục, thay cho việc yêu cầu công dân nộp giấy tờ hộ tịch. Đơn vị: {actor.unit?.name}.
        </p>
      </div>
      <LookupForm procedures={procedures} />
    </div>
  );
}
