import { formatDateTime } from "@/lib/format";
import type { TimelineEvent } from "@/lib/reports/timeline";

/** Every state change of the report, newest first, with who made it and when. */
export function ReportTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="flex flex-col gap-2 text-sm" data-testid="report-timeline">
      {[...events].reverse().map((e, i) => (
        <li key={`${e.kind}-${i}`} className="border-l-2 border-slate-300 pl-2">
          <p className="font-medium">{e.label}</p>
          <p className="text-slate-700">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
            {e.by ? ` — ${e.by}` : " — (không ghi nhận người thực hiện)"}
          </p>
          {e.comment ? <p className="whitespace-pre-wrap text-amber-900">Ý kiến: {e.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
