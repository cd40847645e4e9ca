import type { Metadata } from "next";
import Link from "next/link";
import type { EventType } from "@/lib/adapters/civil-registry/port";
import { requirePermission } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/not-found";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { messages } from "@/lib/messages";
import { formatDateTime } from "@/lib/format";
import { getVerification } from "@/lib/verifications/get-verification";
import { verificationTexts as t } from "@/lib/verifications/texts";
import { registrationLine } from "@/components/copies/request-details";
import { AnswerVerificationForm } from "@/components/verifications/answer-form";
import { VerificationStatusBadge } from "@/components/verifications/status-badge";
import { buttonClass } from "@/components/ui/button";
import { Card, DefinitionList } from "@/components/ui/card";

export const metadata: Metadata = { title: t.title };

export default async function VerificationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("verification.read");
  const { id } = await params;
  const v = await orNotFound(getVerification(actor, id));
  const event = EVENT_LABELS[v.recordType as EventType] ?? v.recordType;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm text-slate-600"><Link href="/verifications" className="underline">{t.title}</Link> › {v.recordId}</p>
          <h1 className="text-2xl font-bold">{event}: {v.record?.subjectName ?? v.recordId}</h1>
          <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
            <VerificationStatusBadge status={v.status} />
            <span className="text-slate-700">Lý do: {v.reason}</span>
          </div>
        </div>
        {v.canOpenRecord ? <Link href={`/verifications/${v.id}/record`} className={buttonClass("secondary")}>Xem bản ghi trong hệ thống hộ tịch</Link> : null}
      </div>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <Card title="Hồ sơ cần xác minh">
            <DefinitionList items={[
              { label: "Mã bản ghi", value: v.recordId },
              { label: "Loại việc", value: event },
              ...(v.record ? [{ label: "Đăng ký", value: registrationLine(v.record) }] : []),
              { label: "Lý do", value: v.reason },
              { label: "Đơn vị quản lý sổ", value: v.holdingUnit.name },
            ]} />
          </Card>
          <Card title="Đề nghị xác minh">
            <DefinitionList items={[
              { label: "Đơn vị đề nghị", value: v.askingUnit.name },
              { label: "Yêu cầu", value: v.canOpenRequest ? <Link href={`/copies/${v.request.id}`} className="text-brand-700 underline">{v.request.receiptNumber}</Link> : v.request.receiptNumber },
              { label: "Loại yêu cầu", value: messages.copies.kinds[v.request.kind] },
              { label: "Người gửi", value: `${v.askedByName ?? "—"} · ${formatDateTime(v.askedAt)}` },
              { label: "Ghi chú", value: v.note ?? "—" },
            ]} />
          </Card>
        </div>
        <Card title="Trả lời">
          {v.status !== "PENDING" ? (
            <DefinitionList items={[
              { label: "Kết quả", value: <VerificationStatusBadge status={v.status} /> },
              { label: "Người trả lời", value: `${v.answeredByName ?? "—"}${v.answeredAt ? ` · ${formatDateTime(v.answeredAt)}` : ""}` },
              { label: "Nội dung", value: v.answer ?? "—" },
            ]} />
          ) : v.canAnswer ? (
            <AnswerVerificationForm id={v.id} version={v.version} />
          ) : (
            <p className="text-sm text-slate-700">Đang chờ {v.holdingUnit.name} trả lời.{v.canOpenRecord ? ` ${t.notOwnQuestion}` : ""}</p>
          )}
        </Card>
      </div>
    </div>
  );
}
