import type { Tx } from "@/lib/db/client";
import { addDays, dayStart, localDay } from "@/lib/reports/daily-stats";

export const DEMO_AD_HOC_TITLE = "Báo cáo đột xuất: kết quả cắt giảm giấy tờ hộ tịch từ đầu năm";

/**
 * Demo data of the reporting feature: one ad hoc report Sở Tư pháp asks of every commune (from
 * 1 January to yesterday, due in 15 days), so the calendar and the home card show one. Figures
 * come from activity: `npm run seed:scale -- --scale 0.05` gives the dashboard a year of it.
 */
export async function seedReportsDemo(tx: Tx, now: Date = new Date()): Promise<void> {
  if (await tx.adHocReportRequest.findFirst({ where: { title: DEMO_AD_HOC_TITLE }, select: { id: true } })) return;
  const stp = await tx.user.findUnique({ where: { username: "stp.canbo" }, select: { id: true } });
  if (!stp) return;
  const today = localDay(now);
  await tx.adHocReportRequest.create({
    data: {
      title: DEMO_AD_HOC_TITLE, periodFrom: new Date(`${today.slice(0, 4)}-01-01`), periodTo: new Date(addDays(today, -1)),
      dueAt: dayStart(addDays(today, 15)), unitIds: [], createdById: stp.id, note: "Nêu rõ số giấy tờ đã cắt giảm theo từng thủ tục.",
    },
  });
}
