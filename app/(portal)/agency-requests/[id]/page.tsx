import type { Metadata } from "next";
import Link from "next/link";
import { formatDate, formatDateTime } from "@/lib/text/format";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import type { EventType } from "@/lib/adapters/civil-registry/port";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getAgencyRequest } from "@/lib/agency-requests/get-agency-request";
import { requireAgencyRequestAccess } from "@/lib/agency-requests/guard";
import { listAssignableCommunes } from "@/lib/agency-requests/list-assignable-communes";
import { agencyMessages as m, agencyTexts } from "@/lib/agency-requests/messages";
import { personLabel } from "@/lib/agency-requests/people";
import { AnswerPanel } from "@/components/agency-requests/answer-panel";
import { AgencyStatusBadge, DueFlagBadge } from "@/components/agency-requests/badges";
import { PeopleTable, PersonSummary } from "@/components/agency-requests/people-table";
import { PersonCheck } from "@/components/agency-requests/person-check";
import { TriagePanel } from "@/components/agency-requests/triage-panel";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { Card, DefinitionList } from "@/components/ui/card";

const t = agencyTexts.detail;

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
        <p className="text-sm no-print"><Link href="/agency-requests" className="text-brand-700 underline">{t.back(m.title)}</Link></p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{t.title(r.code)}</h1>
          <AgencyStatusBadge status={r.status} />
          <DueFlagBadge flag={r.flag} />
        </div>
        <p className="text-sm text-slate-700">{t.letter(r.agency.name, r.letterNumber, formatDate(r.letterDate))}</p>
      </div>
      {done && !filed ? <Alert tone="success">{done}</Alert> : null}
      {filed ? <Alert tone="success" title={m.done.filed}>{t.filed(r.code, formatDateTime(r.dueAt))}</Alert> : null}
      {r.status === "RETURNED" && r.triageNote ? <Alert tone="warning" title={t.returnedTitle}>{r.triageNote}</Alert> : null}
      {r.status === "REFUSED" && r.triageNote ? <Alert tone="error" title={t.refusedTitle}>{r.triageNote}</Alert> : null}

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-4">
          <Card title={t.letterCard}>
            <DefinitionList
              items={[
                { label: t.agency, value: r.agency.name },
                { label: t.letterLabel, value: t.letterValue(r.letterNumber, formatDate(r.letterDate)) },
                { label: t.signer, value: [r.signerName, r.signerTitle].filter(Boolean).join(", ") },
                { label: t.reason, value: r.reason },
                { label: t.legalBasis, value: r.legalBasis },
                { label: t.recordKinds, value: r.recordKinds.map((k) => EVENT_LABELS[k as EventType] ?? k).join(", ") },
                { label: t.requestedDue, value: r.requestedDueOn ? formatDate(r.requestedDueOn) : "—" },
                { label: t.received, value: t.receivedValue(formatDateTime(r.receivedAt), r.createdBy.fullName) },
                { label: t.due, value: formatDateTime(r.dueAt) },
                { label: t.handlingUnit, value: r.handlingUnit?.name ?? t.notAssigned },
                ...(r.triagedAt ? [{ label: t.triaged, value: t.byAt(formatDateTime(r.triagedAt), r.triagedByName) }] : []),
                ...(r.answeredAt ? [{ label: t.answered, value: t.byAt(formatDateTime(r.answeredAt), r.answeredByName) }] : []),
              ]}
            />
          </Card>
          <Card title={t.people(r.people.length)}>
            {r.can.handle ? (
              <ol className="flex flex-col gap-4">
                {r.people.map((p) => (
                  <li key={p.id} className="rounded-md border border-slate-200 p-3">
                    <section aria-label={t.person(p.position)} className="flex flex-col gap-2">
                      <PersonSummary person={p} />
                      <PersonCheck agencyRequestId={r.id} personId={p.id} label={t.personLabel(p.position, personLabel(p))} />
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
          {r.can.triage ? <Card title={t.triageCard}><TriagePanel id={r.id} version={r.version} communes={communes} /></Card> : null}
          {r.can.handle ? <Card title={t.answerCard}><AnswerPanel id={r.id} version={r.version} pending={pendingPeople} /></Card> : null}
          {r.answer ? (
            <Card title={t.answerLetter}>
              <p className="text-sm">{t.answerLine(String(r.answer.number), r.answer.symbol, formatDate(r.answer.issuedAt), r.answer.signerName)}</p>
              <div className="mt-3 flex flex-col gap-2">
                <a href={download("pdf")} className={buttonClass("primary")}>{t.downloadPdf}</a>
                <a href={download("json")} className={buttonClass("secondary")}>{t.dataJson}</a>
                <a href={download("csv")} className={buttonClass("secondary")}>{t.dataCsv}</a>
              </div>
              <p className="mt-3 text-sm"><a href={`/verify/${r.answer.code}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">{t.checkPage}</a></p>
            </Card>
          ) : null}
          {r.can.refile ? <Card title={t.refileCard}><Link href={`/agency-requests/${r.id}/edit`} className={buttonClass("primary", "w-full")}>{t.refile}</Link></Card> : null}
          {actor.role === "AGENCY_USER" && !r.answer && (r.status === "SUBMITTED" || r.status === "ACCEPTED") ? (
            <Card title={t.stateCard}><p className="text-sm text-slate-700">{r.status === "SUBMITTED" ? t.waitingTriage : t.searchingAt(r.handlingUnit?.name)}{t.dueLine(formatDateTime(r.dueAt))}</p></Card>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

