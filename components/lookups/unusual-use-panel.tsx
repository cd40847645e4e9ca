import type { UnusualUse } from "@/lib/audit/unusual-use";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/text/format";
import { lookupsTexts } from "@/lib/lookups/messages";

const u = lookupsTexts.unusualUse;

/** Flags for the provincial officer, each with the threshold that raised it. */
export function UnusualUsePanel({ flags }: { flags: UnusualUse }) {
  const t = flags.thresholds;
  const none = <p className="text-sm text-slate-600">{u.none}</p>;
  return (
    <Card title={u.title(t.days)}>
      <div className="grid grid-cols-1 gap-4 text-sm lg:grid-cols-3">
        <div>
          <h3 className="font-semibold">{u.bursts}</h3>
          <p className="mb-1 text-xs text-slate-600">{u.burstRule(t.burstCount, t.burstMinutes)}</p>
          {flags.bursts.length ? <ul>{flags.bursts.map((b) => <li key={b.actorLabel + b.windowStart.toISOString()}><strong>{b.actorLabel}</strong> ({b.unitCode}): {u.burst(b.lookups, formatDateTime(b.windowStart))}</li>)}</ul> : none}
        </div>
        <div>
          <h3 className="font-semibold">{u.offHours}</h3>
          <p className="mb-1 text-xs text-slate-600">{u.offHoursRule(t.workdayStart, t.workdayEnd, t.offHoursMin)}</p>
          {flags.offHours.length ? <ul>{flags.offHours.map((o) => <li key={o.actorLabel}><strong>{o.actorLabel}</strong> ({o.unitCode}): {u.offHour(o.lookups, formatDateTime(o.last))}</li>)}</ul> : none}
        </div>
        <div>
          <h3 className="font-semibold">{u.enumerations}</h3>
          <p className="mb-1 text-xs text-slate-600">{u.enumerationRule(t.notFoundStreak)}</p>
          {flags.enumerations.length ? <ul>{flags.enumerations.map((e) => <li key={e.actorLabel + e.from.toISOString()}><strong>{e.actorLabel}</strong> ({e.unitCode}): {u.enumeration(e.streak, formatDateTime(e.from), formatDateTime(e.to))}</li>)}</ul> : none}
        </div>
      </div>
    </Card>
  );
}
