import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { listDossiers, ZDossierFilter } from "@/lib/lookups/list-dossiers";
import { listProcedures } from "@/lib/lookups/list-procedures";
import { PAPERS } from "@/lib/lookups/papers";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { ExportPanel } from "@/components/exports/export-panel";
import { buttonClass } from "@/components/ui/button";
import { formatDateTime } from "@/lib/text/format";
import { ListTable } from "@/components/ui/list-table";
import { lookupsTexts } from "@/lib/lookups/messages";

const t = lookupsTexts.dossiers;
const c = lookupsTexts.common;

export const metadata: Metadata = { title: t.title };
const PAPER_NAMES = new Map<string, string>(PAPERS.map((p) => [p.code, p.name]));

export default async function DossiersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("dossier.read");
  const filter = ZDossierFilter.parse(await searchParams);
  const [{ items, next, prev }, procedures] = await Promise.all([listDossiers(actor, filter), listProcedures()]);
  const params = { unit: filter.unit, procedure: filter.procedure, code: filter.code, from: filter.from, to: filter.to };
  const exportQuery = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();
  const multiUnit = actor.unitIds.length > 1;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t.title}</h1>
          <p className="text-sm text-slate-700">{t.intro}</p>
        </div>
        <a href={`/dossiers/export?${exportQuery}`} className={buttonClass("secondary")}>{t.exportCsv}</a>
      </div>
      <form className="grid grid-cols-1 gap-3 rounded-lg border border-slate-200 bg-white p-3 sm:grid-cols-2 lg:grid-cols-6" role="search">
        {multiUnit ? (
          <label className="flex flex-col gap-1 text-sm font-medium">{c.unitCode}<input name="unit" defaultValue={filter.unit ?? ""} className="rounded-md border border-slate-300 px-3 py-2 font-normal" /></label>
        ) : null}
        <label className="flex flex-col gap-1 text-sm font-medium lg:col-span-2">{t.procedure}
          <select name="procedure" defaultValue={filter.procedure ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2 font-normal">
            <option value="">{t.all}</option>
            {procedures.map((p) => <option key={p.code} value={p.code}>{lookupsTexts.form.procedureOption(p.code, p.name)}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">{t.code}<input name="code" defaultValue={filter.code ?? ""} className="rounded-md border border-slate-300 px-3 py-2 font-normal" /></label>
        <label className="flex flex-col gap-1 text-sm font-medium">{c.from}<input name="from" placeholder="dd/MM/yyyy" defaultValue={filter.from ?? ""} className="rounded-md border border-slate-300 px-3 py-2 font-normal" /></label>
        <label className="flex flex-col gap-1 text-sm font-medium">{c.to}<input name="to" placeholder="dd/MM/yyyy" defaultValue={filter.to ?? ""} className="rounded-md border border-slate-300 px-3 py-2 font-normal" /></label>
        <div className="flex items-end"><button type="submit" className={buttonClass("primary")}>{t.filter}</button></div>
      </form>
      <ExportPanel kind="DOSSIERS" query={exportQuery} label={t.exportLabel} />
      <ListTable
        minWidth="min-w-[860px]"
        columns={[
          { label: t.columns.code },
          multiUnit && { label: c.unit },
          { label: t.columns.procedure },
          { label: t.columns.firstLookup },
          { label: t.columns.lookups, align: "right" },
          { label: t.columns.papersCut },
        ]}
        isEmpty={items.length === 0}
        empty={<>{t.empty}<Link href="/lookups" className="underline">{c.lookups}</Link></>}
      >
        {items.map((d) => (
          <tr key={d.id} className="border-t border-slate-100 align-top">
            <td className="px-3 py-2 font-medium">{d.code}</td>
            {multiUnit ? <td className="px-3 py-2">{d.unit.name}</td> : null}
            <td className="px-3 py-2">{d.procedure.name}</td>
            <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(d.createdAt)}</td>
            <td className="px-3 py-2 text-right tabular-nums">{t.lookups(d.lookups, d.found)}</td>
            <td className="px-3 py-2">{d.papersCut.length ? d.papersCut.map((p) => PAPER_NAMES.get(p) ?? p).join("; ") : "—"}</td>
          </tr>
        ))}
      </ListTable>
      <KeysetPager next={next} prev={prev} params={params} shown={items.length} />
    </div>
  );
}
