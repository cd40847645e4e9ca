import Link from "next/link";
import { reportMessages as m } from "@/lib/reports/messages";
import { formatDateTime } from "@/lib/text/format";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

const t = m.history;

type Version = { number: number; submittedAt: Date; submittedBy: string; outcome: ReportStatus; reviewedAt: Date | null; reviewedBy: string | null; reviewComment: string | null };

/** Every submitted version, newest first, each viewable as frozen. */
export function VersionHistory({ reportId, versions }: { reportId: string; versions: Version[] }) {
  if (versions.length === 0) return <p className="text-sm text-slate-600">{t.none}</p>;
  return (
    <ol className="flex flex-col gap-3 text-sm">
      {versions.map((v) => (
        <li key={v.number} className="rounded-md border border-slate-200 p-2">
          <Link href={`/reports/${reportId}/versions/${v.number}`} className="font-medium underline">{m.version.crumb(v.number)}</Link>
          <span className="text-slate-700">{t.submitted(formatDateTime(v.submittedAt), v.submittedBy)}</span>
          <p className="text-slate-700">{m.statuses[v.outcome]}{v.reviewedAt ? ` (${formatDateTime(v.reviewedAt)}${v.reviewedBy ? `, ${v.reviewedBy}` : ""})` : ""}</p>
          {v.reviewComment ? <p className="mt-1 whitespace-pre-wrap text-amber-900">{t.comment(v.reviewComment)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
