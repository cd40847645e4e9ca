import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/format";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import type { EventType } from "@/lib/adapters/civil-registry/port";
import { orNotFound } from "@/lib/not-found";
import { getAgencyRequest } from "@/lib/agency-requests/get-agency-request";
import { requireAgencyRequestAccess } from "@/lib/agency-requests/guard";
import { listAssignableCommunes } from "@/lib/agency-requests/list-assignable-communes";
import { agencyMessages as m } from "@/lib/agency-requests/messages";
import { personLabel } from "@/lib/agency-requests/people";
import { AnswerPanel } from "@/components/agency-requests/answer-panel";
import { AgencyStatusBadge, DueFlagBadge } from "@/components/agency-requests/badges";
import { PeopleTable, PersonSummary } from "@/components/agency-requests/people-table";
import { PersonCheck } from "@/components/agency-requests/person-check";
import { TriagePanel } from "@/components/agency-requests/triage-panel";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, DefinitionList } from "@/components/ui/card";

export const metadata: Metadata = { title: m.title };

export default async function AgencyRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireAgencyRequestAccess();
  const r = await orNotFound(getAgencyRequest(actor, (await params).id));
  const query = await searchParams;
  const filed = query.filed === "1";
  const done = query.done && query.done in m.done ? m.done[query.done as keyof typeof m.done] : null;
  const communes = r.can.triage ? await listAssignableCommunes() : [];
  const pendingPeople = r.people.filter((p) => p.outcome === "PENDING").length;
  const download = (format: string) => `/api/agency-requests/${r.id}/answer/${format}`;

  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm no-print"><Link href="/agency-requests" className="text-brand-700 underline">← {m.title}</Link></p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">Yêu cầu {r.code}</h1>
          <AgencyStatusBadge status={r.status} />
          <DueFlagBadge flag={r.flag} />
        </div>
        <p className="text-sm text-slate-700">{r.agency.name} · Công văn số {r.letterNumber} ngày {formatDate(r.letterDate)}</p>
      </div>
      {done && !filed ? <Alert tone="success">{done}</Alert> : null}
      {filed ? <Alert tone="success" title={m.done.filed}>Mã yêu cầu {r.code}. Sở Tư pháp sẽ tiếp nhận và trả lời trước {formatDateTime(r.dueAt)}.</Alert> : null}
      {r.status === "RETURNED" && r.triageNote ? <Alert tone="warning" title="Sở Tư pháp trả lại để bổ sung">{r.triageNote}</Alert> : null}
      {r.status === "REFUSED" && r.triageNote ? <Alert tone="error" title="Yêu cầu bị từ chối">{r.triageNote}</Alert> : null}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <Card title="Công văn đề nghị">
            <DefinitionList
              items={[
                { label: "Cơ quan yêu cầu", value: r.agency.name },
                { label: "Số, ngày công văn", value: `${r.letterNumber}, ngày ${formatDate(r.letterDate)}` },
                { label: "Người ký", value: [r.signerName, r.signerTitle].filter(Boolean).join(", ") },
                { label: "Lý do", value: r.reason },
                { label: "Căn cứ pháp lý", value: r.legalBasis },
                { label: "Thông tin cần cung cấp", value: r.recordKinds.map((k) => EVENT_LABELS[k as EventType] ?? k).join(", ") },
                { label: "Thời hạn đề nghị", value: r.requestedDueOn ? formatDate(r.requestedDueOn) : "—" },
                { label: "Tiếp nhận", value: `${formatDateTime(r.receivedAt)} (người gửi: ${r.createdBy.fullName})` },
                { label: "Hạn trả lời", value: formatDateTime(r.dueAt) },
                { label: "Đơn vị xử lý", value: r.handlingUnit?.name ?? "Chưa giao" },
                ...(r.triagedAt ? [{ label: "Sở Tư pháp xử lý", value: `${formatDateTime(r.triagedAt)}${r.triagedByName ? ` · ${r.triagedByName}` : ""}` }] : []),
                ...(r.answeredAt ? [{ label: "Trả lời", value: `${formatDateTime(r.answeredAt)}${r.answeredByName ? ` · ${r.answeredByName}` : ""}` }] : []),
              ]}
            />
          </Card>
          <Card title={`Người cần cung cấp thông tin (${r.people.length})`}>
            {r.can.handle ? (
              <ol className="flex flex-col gap-4">
                {r.people.map((p) => (
                  <li key={p.id} className="rounded-md border border-slate-200 p-3">
                    <section aria-label={`Người ${p.position}`} className="flex flex-col gap-2">
                      <PersonSummary person={p} />
                      <PersonCheck agencyRequestId={r.id} personId={p.id} label={`người ${p.position}: ${personLabel(p)}`} />
                    </section>
                  </li>
                ))}
              </ol>
            ) : (
              <PeopleTable people={r.people} showOutcome={actor.role !== "AGENCY_USER" || r.status === "ANSWERED"} />
            )}
          </Card>
        </div>
        <aside className="flex flex-col gap-4 no-print">
          {r.can.triage ? <Card title="Tiếp nhận, phân loại"><TriagePanel id={r.id} version={r.version} communes={communes} /></Card> : null}
          {r.can.handle ? <Card title="Trả lời"><AnswerPanel id={r.id} version={r.version} pending={pendingPeople} /></Card> : null}
          {r.answer ? (
            <Card title="Văn bản trả lời">
              <p className="text-sm">Số {r.answer.number}/{r.answer.symbol}, ngày {formatDate(r.answer.issuedAt)}; người ký: {r.answer.signerName}.</p>
              <div className="mt-3 flex flex-col gap-2">
                <a href={download("pdf")} className={buttonClass("primary")}>Tải văn bản trả lời (PDF)</a>
                <a href={download("json")} className={buttonClass("secondary")}>Dữ liệu kèm theo (JSON)</a>
                <a href={download("csv")} className={buttonClass("secondary")}>Dữ liệu kèm theo (CSV)</a>
              </div>
              <p className="mt-3 text-sm"><a href={`/verify/${r.answer.code}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">Trang kiểm tra (mã QR)</a></p>
            </Card>
          ) : null}
          {r.can.refile ? <Card title="Bổ sung"><Link href={`/agency-requests/${r.id}/edit`} className={buttonClass("primary", "w-full")}>Bổ sung và gửi lại</Link></Card> : null}
          {actor.role === "AGENCY_USER" && !r.answer && (r.status === "SUBMITTED" || r.status === "ACCEPTED") ? (
            <Card title="Tình trạng"><p className="text-sm text-slate-700">{r.status === "SUBMITTED" ? "Chờ Sở Tư pháp tiếp nhận." : `Đang tra cứu tại ${r.handlingUnit?.name ?? "đơn vị xử lý"}.`} Hạn trả lời: {formatDateTime(r.dueAt)}.</p></Card>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

