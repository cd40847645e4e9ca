import { formatPartialDate } from "@/lib/text/dates";
import type { AgencyRequestDetail } from "@/lib/agency-requests/get-agency-request";
import { agencyMessages as m, agencyTexts } from "@/lib/agency-requests/messages";
import { personIdWarning, personLabel } from "@/lib/agency-requests/people";

type Person = AgencyRequestDetail["people"][number];
const t = agencyTexts.people;

const OUTCOME_STYLE: Record<Person["outcome"], string> = {
  PENDING: "text-slate-600",
  FOUND: "font-semibold text-green-800",
  NOT_FOUND: "font-semibold text-slate-800",
  AMBIGUOUS: "font-semibold text-amber-800",
};

function RecordList({ person }: { person: Person }) {
  if (!person.records.length) return null;
  return (
    <ul className="mt-1 list-disc pl-4 text-xs text-slate-700">
      {person.records.map((r) => <li key={r.recordId}>{t.record({ ...r, dateOfBirth: r.dateOfBirth ? formatPartialDate(r.dateOfBirth) : null })}</li>)}
    </ul>
  );
}

/** One person as the handler works on it: who, the agency's note, and the outcome recorded so far. */
export function PersonSummary({ person }: { person: Person }) {
  return (
    <div className="text-sm">
      <p className="flex flex-wrap items-baseline justify-between gap-2">
        <span className="font-semibold">{person.position}. {personLabel(person)}</span>
        <span className={OUTCOME_STYLE[person.outcome]}>{m.outcomes[person.outcome]}</span>
      </p>
      {person.note ? <p className="text-slate-700">{t.agencyNote(person.note)}</p> : null}
      {personIdWarning(person) ? <p className="text-xs font-semibold text-amber-800" role="note">{t.warning(personIdWarning(person) ?? "")}</p> : null}
      <RecordList person={person} />
    </div>
  );
}

/** The people of a request and, when shown, what was found for each (records given or candidates). */
export function PeopleTable({ people, showOutcome }: { people: Person[]; showOutcome: boolean }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[640px] text-sm">
        <thead className="text-left text-slate-700">
            <tr>
              <th scope="col" className="w-10 py-1">{t.index}</th>
              <th scope="col" className="py-1">{t.personalId}</th>
              <th scope="col" className="py-1">{t.fullName}</th>
              <th scope="col" className="py-1">{t.dateOfBirth}</th>
              <th scope="col" className="py-1">{t.note}</th>
              {showOutcome ? <th scope="col" className="py-1">{t.outcome}</th> : null}
            </tr>
          </thead>
        <tbody>
          {people.map((p) => (
            <tr key={p.id} className="border-t border-slate-100 align-top first:border-t-0">
              <td className="w-10 py-1.5">{p.position}</td>
              <td className="py-1.5 pr-3">
                <span className="font-mono">{p.personalId ?? "—"}</span>
                {personIdWarning(p) ? <p className="mt-0.5 text-xs font-semibold text-amber-800" role="note">{t.warning(personIdWarning(p) ?? "")}</p> : null}
              </td>
              <td className="py-1.5 pr-3">{p.fullName ?? "—"}</td>
              <td className="py-1.5 pr-3">{formatPartialDate(p.dateOfBirth)}</td>
              <td className="py-1.5 pr-3">{p.note ?? ""}</td>
              {showOutcome ? (
                <td className="py-1.5">
                  <span className={OUTCOME_STYLE[p.outcome]}>{m.outcomes[p.outcome]}</span>
                  <RecordList person={p} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
