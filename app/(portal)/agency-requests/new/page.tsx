import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { AgencyRequestForm } from "@/components/agency-requests/request-form";

export const metadata: Metadata = { title: "Gửi yêu cầu cung cấp thông tin hộ tịch" };

export default async function NewAgencyRequestPage() {
  const actor = await requirePermission("agencyRequest.file");
  return (
    <div className="flex max-w-5xl flex-col gap-4">
      <div>
        <p className="text-sm"><Link href="/agency-requests" className="text-brand-700 underline">← Yêu cầu cung cấp thông tin</Link></p>
        <h1 className="text-2xl font-bold">Gửi yêu cầu cung cấp thông tin hộ tịch</h1>
        <p className="text-sm text-slate-700">
          {actor.agency?.name}: cơ quan, tổ chức đề nghị cung cấp thông tin hộ tịch của người khác phải có văn bản nêu rõ lý do (Điều 64 Luật Hộ tịch). Sở Tư pháp tiếp nhận, tra cứu hoặc giao xã, phường tra cứu và trả lời bằng văn bản.
        </p>
      </div>
      <AgencyRequestForm />
    </div>
  );
}
