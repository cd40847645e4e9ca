import type { TimelineEntry } from "@/lib/copies/get-request";
import type { RequestChannel } from "@/lib/generated/prisma/enums";
import { messages } from "@/lib/text/messages";
import { formatDateTime } from "@/lib/text/format";
import { copiesTexts as t } from "@/lib/copies/messages";

function label(key: string, channel: RequestChannel): string {
  switch (key) {
    case "received": return t.timeline.received;
    case "prepared": return t.timeline.prepared;
    case "signed": return t.timeline.signed;
    case "issued": return t.timeline.issued;
    case "delivered": return messages.copies.delivered[channel];
    case "refused": return t.timeline.refused;
    case "revoked": return t.timeline.revoked;
    default: return key;
  }
}

/** A step's note: the document number of a signature, the fee receipt of an issue, the reason of a refusal or revocation. */
function noteLine(key: string, note: string): string {
  if (key === "signed") return t.timeline.signedNote(note);
  if (key === "issued") return note;
  return t.timeline.reasonNote(note);
}

/** What happened to a request, oldest first, with who and when. */
export function Timeline({ entries, channel }: { entries: TimelineEntry[]; channel: RequestChannel }) {
  return (
    <ol className="relative flex flex-col gap-3 border-l-2 border-slate-200 pl-4">
      {entries.map((e) => (
        <li key={e.key} className="relative text-sm">
          <span aria-hidden="true" className={`absolute -left-[1.4rem] top-1 h-3 w-3 rounded-full ${e.key === "refused" || e.key === "revoked" ? "bg-red-600" : "bg-brand-600"}`} />
          <p className="font-semibold">{label(e.key, channel)}</p>
          <p className="text-slate-700 tabular-nums">{formatDateTime(e.at)} · {e.by ?? t.timeline.unknownActor}</p>
          {e.note ? <p className="text-slate-700">{noteLine(e.key, e.note)}</p> : null}
        </li>
      ))}
    </ol>
  );
}
