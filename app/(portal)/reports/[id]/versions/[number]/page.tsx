import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { orNotFound } from "@/lib/errors/or-not-found";
import { getReport, getReportVersion } from "@/lib/reports/get-report";
import { KIND_LABEL } from "@/lib/reports/periods";
import { reportMessages as m } from "@/lib/reports/messages";
import { formatDateTime } from "@/lib/text/format";
import { FiguresTable } from "@/components/reports/figures-table";
import { Card } from "@/components/ui/card";

const t = m.version;

export const metadata: Metadata = { title: t.title };

/** One submitted version exactly as it was frozen. */
export default async function ReportVersionPage({ params }: { params: Promise<{ id: string; number: string }> }) {
  const actor = await requirePermission("report.read");
  const { id, number } = await params;
  const n = Number(number);
  if (!Number.isInteger(n) || n < 1) notFound();
  const [{ report, unit, period }, version] = await Promise.all([orNotFound(getReport(actor, id)), orNotFound(getReportVersion(actor, id, n))]);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-slate-600"><Link href="/reports" className="underline">{m.list.title}</Link> › <Link href={`/reports/${report.id}`} className="underline">{unit.name} — {period.label}</Link> › {t.crumb(n)}</p>
        <h1 className="text-2xl font-bold">{KIND_LABEL[report.kind]} — {period.label} {t.heading(n)}</h1>
        <p className="text-sm text-slate-700">
          {t.submitted(formatDateTime(version.submittedAt), version.submittedBy, formatDateTime(version.compiledAt))} {m.statuses[version.outcome]}
          {version.reviewComment ? t.comment(version.reviewComment) : ""}
        </p>
      </div>
      <FiguresTable data={version.data} unitCode={unit.code} from={period.from} to={period.to} role={actor.role} />
      <Card title={m.detail.textsCard}>
        <div className="flex flex-col gap-2 text-sm">
          <p className="font-medium">{m.detail.difficulties}</p><p className="whitespace-pre-wrap">{version.difficulties || m.detail.none}</p>
          <p className="font-medium">{m.detail.proposals}</p><p className="whitespace-pre-wrap">{version.proposals || m.detail.none}</p>
        </div>
      </Card>
    </div>
  );
}
