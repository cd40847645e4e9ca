import { formatDateTime } from "@/lib/text/format";
import type { TimelineEvent } from "@/lib/reports/timeline";
import { reportMessages as m } from "@/lib/reports/messages";

const t = m.timeline;

/** Every state change of the report, newest first, with who made it and when. */
export function ReportTimeline({ events }: { events: TimelineEvent[] }) {
  return (
    <ol className="flex flex-col gap-2 text-sm" data-testid="report-timeline">
      {[...events].reverse().map((e, i) => (
        <li key={`${e.kind}-${i}`} className="border-l-2 border-slate-300 pl-2">
          <p className="font-medium">{e.label}</p>
          <p className="text-slate-700">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time>
            {e.by ? ` — ${e.by}` : t.unknownActor}
          </p>
          {e.comment ? <p className="whitespace-pre-wrap text-amber-900">{m.history.comment(e.comment)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
