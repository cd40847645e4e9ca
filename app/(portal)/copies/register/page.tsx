import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/guards";
import { listRegister, REGISTER_PAGE_SIZE } from "@/lib/copies/list-register";
import { ZRegisterFilter } from "@/lib/copies/schemas";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { messages } from "@/lib/text/messages";
import { formatPartialDate } from "@/lib/text/dates";
import { formatDate, formatMoney } from "@/lib/text/format";
import { ElsewhereBadge } from "@/components/copies/status-badge";
import { FilterBar, FilterInput, FilterSelect } from "@/components/ui/filters";
import { buttonClass } from "@/components/ui/button";
import { KeysetPager } from "@/components/ui/keyset-pager";
import { ExportPanel } from "@/components/exports/export-panel";
import { PrintButton } from "@/components/ui/print-button";
import { printedNumber } from "@/lib/documents/forms";
import { copiesTexts as t } from "@/lib/copies/messages";
import { TableHead } from "@/components/ui/list-table";

export const metadata: Metadata = { title: t.registerPage.title };
const c = t.registerPage.columns;
const m = messages.copies;
const vnDate = (iso: string) => formatPartialDate(iso);

export default async function RegisterPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("copy.read");
  const filter = ZRegisterFilter.parse(await searchParams);
  const { items, period, next, prev, offset } = await listRegister(actor, filter);
  const multiUnit = actor.unitIds.length > 1;
  const params = { kind: filter.kind, unit: filter.unit, from: vnDate(period.from), to: vnDate(period.to) };
  const exportQuery = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString();

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <p className="no-print text-sm text-slate-600"><Link href="/copies" className="underline">{t.breadcrumb}</Link> › {t.registerPage.crumb}</p>
          <h1 className="text-2xl font-bold">{t.registerPage.title}</h1>
          <p className="text-sm text-slate-700">
            {t.registerPage.intro(multiUnit ? t.provinceWide : t.registerPage.atUnit(actor.unit?.name ?? t.unitFallback), vnDate(period.from), vnDate(period.to))}
          </p>
        </div>
        <div className="no-print flex gap-2">
          <PrintButton label={t.registerPage.print} />
          <a href={`/copies/register/export?${exportQuery}`} className={buttonClass("primary")}>{t.registerPage.exportExcel}</a>
        </div>
      </div>
      <div className="no-print">
        <FilterBar>
          <FilterInput label={t.registerPage.from} name="from" value={vnDate(period.from)} placeholder="dd/MM/yyyy" />
          <FilterInput label={t.registerPage.to} name="to" value={vnDate(period.to)} placeholder="dd/MM/yyyy" />
          <FilterSelect label={t.registerPage.documentKind} name="kind" value={filter.kind} options={m.documentKinds} />
          {multiUnit ? <FilterInput label={t.unitCode} name="unit" value={filter.unit} /> : null}
        </FilterBar>
      </div>
      <div className="no-print"><ExportPanel kind="REGISTER" query={exportQuery} /></div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white print:overflow-visible print:border-0">
        {/* Printed, the register takes the page width (landscape A4) instead of scrolling. */}
        <table className="w-full min-w-[960px] text-sm print:min-w-0 print:text-[10px]">
          <TableHead columns={[
            c.index, c.number, c.issuedOn, { label: c.subject, className: "min-w-[9rem]" }, { label: c.event, className: "min-w-[16rem]" },
            { label: c.requester, className: "min-w-[9rem]" }, { label: c.copies, align: "right" }, { label: c.fee, align: "right" },
            { label: c.signer, className: "min-w-[7rem]" }, c.state,
          ]} />
          <tbody>
            {items.length === 0 ? (
              <tr><td colSpan={10} className="px-3 py-6 text-center text-slate-600">{t.registerPage.empty}</td></tr>
            ) : (
              items.map((d, i) => (
                <tr key={d.id} className={`border-t border-slate-100 align-top ${d.revokedAt ? "text-slate-500" : ""}`}>
                  <td className="px-3 py-2 tabular-nums">{offset + i + 1}</td>
                  <td className="px-3 py-2">
                    <Link href={`/copies/${d.request.id}`} className="whitespace-nowrap font-medium text-brand-700 underline">{printedNumber(d)}</Link>
                    <p className="text-xs text-slate-600">{m.documentKinds[d.kind]}{multiUnit ? ` · ${d.request.unit.name}` : ""}</p>
                  </td>
                  <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDate(d.issuedAt)}</td>
                  <td className="px-3 py-2">{d.request.subjectName}</td>
                  <td className="px-3 py-2">
                    {d.request.records.map((r) => <p key={r.recordId}>{EVENT_LABELS[r.type]} · {formatPartialDate(r.registeredOn)} · {r.authority}</p>)}
                    {d.request.registeredElsewhere ? <ElsewhereBadge /> : null}
                  </td>
                  <td className="px-3 py-2">{d.request.requesterName}<p className="whitespace-nowrap text-xs text-slate-600">{d.request.receiptNumber}</p></td>
                  <td className="px-3 py-2 text-right tabular-nums">{d.request.copies}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-right tabular-nums">
                    {formatMoney(d.request.feeTotal)}
                    {d.request.feeReceiptNumber ? <p className="text-xs text-slate-600">{t.registerPage.feeReceipt(d.request.feeReceiptNumber)}</p> : null}
                    {d.request.feeExemptReason ? <p className="whitespace-normal text-left text-xs text-slate-600">{t.registerPage.exempt(d.request.feeExemptReason)}</p> : null}
                  </td>
                  <td className="px-3 py-2">{d.signerName}</td>
                  <td className="whitespace-nowrap px-3 py-2">{d.revokedAt ? <span className="font-medium text-red-800">{t.revoked}</span> : t.inForce}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <div className="no-print"><KeysetPager next={next} prev={prev} params={params} shown={items.length} nextParams={{ n: String(offset + items.length + 1) }} prevParams={{ n: String(Math.max(1, offset + 1 - REGISTER_PAGE_SIZE)) }} /></div>
    </div>
  );
}
