import type { Db } from "@/lib/db/client";
import { Rng } from "@/mock-national/data/prng";
import type { Prisma } from "@/lib/generated/prisma/client";
import { compileAvailability, compileFigures } from "@/lib/reports/compile";
import { rollUpClosedDays } from "@/lib/reports/daily-stats";
import { DEFAULT_CALENDAR } from "@/lib/reports/calendar";
import { monthBack, periodKey } from "@/lib/reports/periods";

/**
 * After a bulk load of past days: the daily rollup is rebuilt from scratch (closed days changed
 * behind its back), then the communes' monthly reports for the months already due are written as
 * submitted versions (most on time, some late, some missing, a few returned and corrected), so
 * that reporting rates and the dashboard have history.
 */
export async function rebuildRollupAndReports(db: Db, months: number, now: Date, seed = 7): Promise<{ reports: number }> {
  await db.$executeRaw`DELETE FROM "report_daily_stats"`;
  await db.$executeRaw`DELETE FROM "report_rollup_state"`;
  await rollUpClosedDays(db, now);
  const rng = new Rng(seed);
  const units = await db.unit.findMany({ where: { level: "COMMUNE", active: true }, select: { id: true } });
  const signer = await db.user.findFirst({ where: { username: { startsWith: "scale." }, role: "COMMUNE_SIGNER" }, select: { id: true, fullName: true } });
  const periods = Array.from({ length: months }, (_, i) => monthBack(now, i + 1, DEFAULT_CALENDAR)).filter((p) => p.dueBefore.getTime() <= now.getTime());
  let written = 0;
  for (const p of periods) {
    const [figures, availability] = await Promise.all([compileFigures(db, units.map((u) => u.id), { from: p.from, to: p.to }, now), compileAvailability(db, { from: p.from, to: p.to })]);
    const key = periodKey(p);
    const exists = new Set((await db.report.findMany({ where: { kind: "MONTHLY", period: key }, select: { unitId: true } })).map((r) => r.unitId));
    for (const u of units) {
      if (exists.has(u.id) || rng.chance(0.1)) continue;
      const submittedAt = new Date(p.dueBefore.getTime() - (rng.chance(0.85) ? rng.int(1, 8) : -rng.int(1, 10)) * 86_400_000 + rng.int(0, 8) * 3_600_000);
      const accepted = rng.chance(0.95);
      const data = { figures: figures.get(u.id)!, availability } as unknown as Prisma.InputJsonValue;
      await db.report.create({
        data: {
          unitId: u.id, kind: "MONTHLY", period: key, periodFrom: new Date(p.from), periodTo: new Date(p.to), dueAt: p.dueBefore,
          status: accepted ? "ACCEPTED" : "RETURNED", preparedAt: accepted ? submittedAt : null, firstSubmittedAt: submittedAt, submittedAt, currentVersion: 1, version: 2,
          difficulties: rng.chance(0.3) ? "Đường truyền kết nối Cơ sở dữ liệu quốc gia về dân cư đôi lúc gián đoạn." : "",
          proposals: rng.chance(0.2) ? "Đề nghị cấp thêm tài khoản khai thác cho công chức tư pháp - hộ tịch." : "",
          versions: { create: { number: 1, figures: data, compiledAt: submittedAt, difficulties: "", proposals: "", submittedAt, submittedById: signer?.id ?? "", submittedBy: signer?.fullName ?? "",
            outcome: accepted ? "ACCEPTED" : "RETURNED", reviewedAt: new Date(submittedAt.getTime() + 86_400_000), reviewedBy: "Sở Tư pháp", reviewComment: accepted ? null : "Đề nghị bổ sung khó khăn, vướng mắc." } },
        },
      });
      written += 1;
    }
  }
  return { reports: written };
}
