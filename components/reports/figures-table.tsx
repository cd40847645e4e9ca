import Link from "next/link";
import { INDICATORS, SYSTEM_LABEL, type ReportFigures } from "@/lib/reports/indicators";
import { indicatorHref } from "@/lib/reports/links";
import { formatCount, formatMoney } from "@/lib/text/format";
import type { Role } from "@/lib/auth/roles";
import { reportMessages as m } from "@/lib/reports/messages";

const t = m.figures;

/**
 * A report's figures grouped as in the official report, each linked to the list of rows behind
 * it (filtered to the unit and period) when such a list exists.
 */
export function FiguresTable({ data, unitCode, from, to, role, linked = true }: { data: ReportFigures; unitCode: string | null; from: string; to: string; role: Role; linked?: boolean }) {
  const groups = [...new Set(INDICATORS.map((i) => i.group))];
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-sm">
        <caption className="sr-only">{t.caption}</caption>
        <thead className="bg-slate-100 text-left text-slate-700">
          <tr><th scope="col" className="px-3 py-2 font-medium">{t.indicator}</th><th scope="col" className="px-3 py-2 text-right font-medium">{t.value}</th></tr>
        </thead>
        {groups.map((g, gi) => (
          <tbody key={g}>
            <tr className="bg-slate-50"><th scope="rowgroup" colSpan={2} className="px-3 py-1.5 text-left font-semibold text-slate-800">{gi + 1}. {g}</th></tr>
            {INDICATORS.filter((i) => i.group === g).map((i) => {
              const value = data.figures[i.key] ?? 0;
              const text = i.money ? formatMoney(value) : formatCount(value);
              const href = linked ? indicatorHref(i.key, unitCode, from, to, role) : null;
              return (
                <tr key={i.key} className="border-t border-slate-100" data-indicator={i.key}>
                  <th scope="row" className="px-3 py-1.5 pl-6 text-left font-normal">{i.label}</th>
                  <td className="px-3 py-1.5 text-right tabular-nums">{href ? <Link href={href} className="underline decoration-dotted">{text}</Link> : text}</td>
                </tr>
              );
            })}
          </tbody>
        ))}
        <tbody>
          <tr className="bg-slate-50"><th scope="rowgroup" colSpan={2} className="px-3 py-1.5 text-left font-semibold text-slate-800">{groups.length + 1}. {t.connections}</th></tr>
          {data.availability.map((a) => (
            <tr key={a.system} className="border-t border-slate-100">
              <th scope="row" className="px-3 py-1.5 pl-6 text-left font-normal">{SYSTEM_LABEL[a.system] ?? a.system}</th>
              <td className="px-3 py-1.5 text-right tabular-nums">
                {a.availabilityPct === null ? t.noFigures : t.availability(a.availabilityPct.toLocaleString("vi-VN"), a.p95LatencyMs ?? "—", formatCount(a.probes))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
