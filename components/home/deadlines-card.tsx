import { Card } from "@/components/ui/card";
import { upcomingDeadlines, lastOnTimeDay } from "@/lib/reports/calendar";

const KIND_LABEL = { MONTHLY: "Báo cáo tháng", HALF_YEARLY: "Báo cáo 6 tháng", YEARLY: "Báo cáo năm" } as const;

/** The reports due next under the provincial calendar (Kế hoạch, mục III). */
export function DeadlinesCard({ now }: { now: Date }) {
  const periods = upcomingDeadlines(now);
  return (
    <Card title="Kỳ báo cáo sắp đến hạn">
      <ul className="divide-y divide-slate-100 text-sm">
        {periods.map((p) => (
          <li key={p.kind + p.from} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
            <span>
              <span className="font-medium">{KIND_LABEL[p.kind]}</span> — {p.label}
            </span>
            <span className="text-slate-700">hạn chót {lastOnTimeDay(p)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-slate-600">Báo cáo gửi Sở Tư pháp trước ngày 10 của tháng kế tiếp kỳ báo cáo.</p>
    </Card>
  );
}
