import type { UnusualUse } from "@/lib/audit/unusual-use";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";

/** Flags for the provincial officer, each with the threshold that raised it. */
export function UnusualUsePanel({ flags }: { flags: UnusualUse }) {
  const t = flags.thresholds;
  const none = <p className="text-sm text-slate-600">Không có.</p>;
  return (
    <Card title={`Dấu hiệu khai thác bất thường (${t.days} ngày gần nhất)`}>
      <div className="grid grid-cols-1 gap-4 text-sm lg:grid-cols-3">
        <div>
          <h3 className="font-semibold">Tra cứu dồn dập</h3>
          <p className="mb-1 text-xs text-slate-600">Hơn {t.burstCount} lượt trong {t.burstMinutes} phút</p>
          {flags.bursts.length ? <ul>{flags.bursts.map((b) => <li key={b.actorLabel + b.windowStart.toISOString()}><strong>{b.actorLabel}</strong> ({b.unitCode}): {b.lookups} lượt từ {formatDateTime(b.windowStart)}</li>)}</ul> : none}
        </div>
        <div>
          <h3 className="font-semibold">Ngoài giờ làm việc</h3>
          <p className="mb-1 text-xs text-slate-600">Trước {t.workdayStart}, sau {t.workdayEnd} hoặc cuối tuần; từ {t.offHoursMin} lượt</p>
          {flags.offHours.length ? <ul>{flags.offHours.map((o) => <li key={o.actorLabel}><strong>{o.actorLabel}</strong> ({o.unitCode}): {o.lookups} lượt, gần nhất {formatDateTime(o.last)}</li>)}</ul> : none}
        </div>
        <div>
          <h3 className="font-semibold">Dò số định danh</h3>
          <p className="mb-1 text-xs text-slate-600">{t.notFoundStreak} lượt tra số định danh liên tiếp không có kết quả</p>
          {flags.enumerations.length ? <ul>{flags.enumerations.map((e) => <li key={e.actorLabel + e.from.toISOString()}><strong>{e.actorLabel}</strong> ({e.unitCode}): {e.streak} lượt, {formatDateTime(e.from)} – {formatDateTime(e.to)}</li>)}</ul> : none}
        </div>
      </div>
    </Card>
  );
}
