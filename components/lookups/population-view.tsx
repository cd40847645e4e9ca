import type { PopulationView } from "@/lib/lookups/open-record";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { formatPartialDate } from "@/lib/text/dates";
import { messages } from "@/lib/text/messages";
import { formatDateTime } from "@/lib/text/format";
import { nameMessages as nm } from "@/lib/names/messages";
import { PersonLinkForm } from "@/components/lookups/person-link-form";
import { lookupsTexts } from "@/lib/lookups/messages";

const STATUS_STYLE = { same: "", partial: "bg-amber-50", differs: "bg-red-50", missing: "" } as const;
const t = lookupsTexts.population;
const STATUS_NOTE = { same: "", partial: t.partial, differs: t.differs, missing: "" } as const;
const MARITAL = t.marital;
const isDate = (s: string | null) => !!s && /^\d{4}(-\d{2}){0,2}$/.test(s);

/** The population database beside the record: each field compared, disagreements highlighted. */
export function PopulationPanel({ views, lookupId, recordId }: { views: PopulationView[]; lookupId?: string; recordId?: string }) {
  return (
    <div className="flex flex-col gap-4">
      {views.map((v, i) => {
        if (v.status === "no_grant") return <Alert key={i} tone="warning" title={t.noGrantTitle}>{messages.upstream.noGrant}</Alert>;
        if (v.status === "no_id") {
          if (v.search !== "done") return <Alert key={i} tone="info" title={v.role}>{v.search === "no_date" ? nm.noDate : nm.noCandidates}</Alert>;
          return (
            <Card key={i} title={nm.candidatesTitle(v.role)}>
              <p className="mb-2 text-sm text-slate-700" role="note">{nm.candidatesIntro}</p>
              <ol className="flex list-decimal flex-col gap-3 pl-5 text-sm">
                {v.candidates.map((c) => (
                  <li key={c.personalId}>
                    <p>{c.line}</p>
                    {c.decision ? (
                      <p className={`text-xs font-semibold ${c.decision.decision === "SAME" ? "text-green-800" : "text-slate-700"}`}>
                        {nm.decided(nm.decisions[c.decision.decision], c.decision.username, formatDateTime(c.decision.at))}
                      </p>
                    ) : null}
                    {lookupId && recordId ? <PersonLinkForm lookupId={lookupId} recordId={recordId} partyKey={v.partyKey} personalId={c.personalId} fullName={c.fullName} /> : null}
                  </li>
                ))}
              </ol>
            </Card>
          );
        }
        if (v.status === "not_found") return <Alert key={i} tone="warning" title={v.role}>{t.notFound}</Alert>;
        if (v.status === "failed") return <Alert key={i} tone="error" title={t.failed(v.role)}>{v.message}</Alert>;
        const c = v.citizen;
        const differs = v.comparison.filter((f) => f.status === "differs").length;
        return (
          <Card key={i} title={t.cardTitle(v.role)}>
            {differs ? <p className="mb-2 text-sm font-medium text-red-800" role="note">{t.differsCount(differs)}</p> : null}
            <table className="w-full text-sm">
              <thead className="text-left text-slate-600">
                <tr><th scope="col" className="py-1 font-medium">{t.field}</th><th scope="col" className="py-1 font-medium">{t.register}</th><th scope="col" className="py-1 font-medium">{t.population}</th></tr>
              </thead>
              <tbody>
                {v.comparison.map((f) => (
                  <tr key={f.label} className={`border-t border-slate-100 ${STATUS_STYLE[f.status]}`}>
                    <th scope="row" className="py-1.5 pr-2 text-left font-normal text-slate-700">
                      {f.label}
                      {STATUS_NOTE[f.status] ? <span className="ml-1 text-xs font-semibold text-red-800">({STATUS_NOTE[f.status]})</span> : null}
                    </th>
                    <td className="py-1.5 pr-2">{isDate(f.record) ? formatPartialDate(f.record) : (f.record ?? "—")}</td>
                    <td className="py-1.5">{isDate(f.population) ? formatPartialDate(f.population) : (f.population ?? "—")}</td>
                  </tr>
                ))}
                <tr className="border-t border-slate-100"><th scope="row" className="py-1.5 text-left font-normal text-slate-700">{t.residence}</th><td /><td className="py-1.5">{c.residence.address}</td></tr>
                <tr className="border-t border-slate-100"><th scope="row" className="py-1.5 text-left font-normal text-slate-700">{t.maritalStatus}</th><td /><td className="py-1.5">{MARITAL[c.maritalStatus]}</td></tr>
                <tr className="border-t border-slate-100"><th scope="row" className="py-1.5 text-left font-normal text-slate-700">{t.status}</th><td /><td className="py-1.5">{c.status === "alive" ? t.alive : t.dead(c.dateOfDeath ? formatPartialDate(c.dateOfDeath) : null)}</td></tr>
              </tbody>
            </table>
          </Card>
        );
      })}
    </div>
  );
}
