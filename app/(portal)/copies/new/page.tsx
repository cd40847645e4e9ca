import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors";
import { getIntakeOptions } from "@/lib/copies/intake-options";
import { IntakeForm } from "@/components/copies/intake-form";
import { Alert } from "@/components/ui/alert";

export const metadata: Metadata = { title: "Tiếp nhận yêu cầu cấp bản sao, xác nhận" };

const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 100) : undefined);

export default async function NewRequestPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("copy.create");
  const params = await searchParams;
  const options = await getIntakeOptions(actor, { lookupId: one(params.lookupId), recordId: one(params.recordId) }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600"><Link href="/copies" className="underline">Bản sao, xác nhận</Link> › Tiếp nhận</p>
        <h1 className="text-2xl font-bold">Tiếp nhận yêu cầu</h1>
        <p className="text-sm text-slate-700">
          Cấp bản sao trích lục hộ tịch, xác nhận thông tin hộ tịch tại {options.unit.name}. Tra cứu sự kiện trong Hệ thống hộ tịch điện tử, chọn bản ghi, rồi nhập thông tin người yêu cầu.
        </p>
      </div>
      {options.sourceRejected ? (
        <Alert tone="warning" title="Không dùng được bản ghi đã chọn">Bản ghi không thuộc lượt tra cứu của bạn tại đơn vị. Vui lòng tra cứu lại bên dưới.</Alert>
      ) : null}
      <IntakeForm fees={options.fees} source={options.source} populationGrant={options.populationGrant} />
    </div>
  );
}
