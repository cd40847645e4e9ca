import { describe, it, expect } from "vitest";
import { monthlyPeriod, halfYearPeriod, yearPeriod, upcomingDeadlines, lastOnTimeDay } from "@/lib/reports/calendar";

// Instants written in Vietnam time (UTC+7).
const vn = (s: string) => new Date(`${s}+07:00`);

describe("reporting calendar", () => {
  it("monthly: the previous month, due before the 10th at local midnight", () => {
    const p = monthlyPeriod(2026, 11);
    expect(p).toMatchObject({ from: "2026-11-01", to: "2026-11-30", label: "Tháng 11/2026" });
    expect(p.dueBefore.toISOString()).toBe(vn("2026-12-10T00:00:00").toISOString());
    expect(lastOnTimeDay(p)).toBe("09/12/2026");
  });

  it("monthly across a year end: December is due before 10 January", () => {
    const p = monthlyPeriod(2026, 12);
    expect(p).toMatchObject({ from: "2026-12-01", to: "2026-12-31" });
    expect(p.dueBefore.toISOString()).toBe(vn("2027-01-10T00:00:00").toISOString());
  });

  it("half-year: December of the previous year to May, due before 10 June", () => {
    const p = halfYearPeriod(2026);
    expect(p).toMatchObject({ from: "2025-12-01", to: "2026-05-31" });
    expect(p.dueBefore.toISOString()).toBe(vn("2026-06-10T00:00:00").toISOString());
  });

  it("year: December to November, due before 10 December", () => {
    const p = yearPeriod(2026);
    expect(p).toMatchObject({ from: "2025-12-01", to: "2026-11-30" });
    expect(p.dueBefore.toISOString()).toBe(vn("2026-12-10T00:00:00").toISOString());
  });

  it("on the 9th the last month's report is still the next deadline; on the 10th it has passed", () => {
    const on9th = upcomingDeadlines(vn("2026-11-09T23:59:00"));
    expect(on9th.find((p) => p.kind === "MONTHLY")?.label).toBe("Tháng 10/2026");
    const on10th = upcomingDeadlines(vn("2026-11-10T00:00:00"));
    expect(on10th.find((p) => p.kind === "MONTHLY")?.label).toBe("Tháng 11/2026");
  });

  it("late on 9 Dec (UTC still the 9th, Vietnam already the 10th) uses Vietnam's calendar", () => {
    const instant = new Date("2026-12-09T17:30:00Z"); // 00:30 on 10/12 in Vietnam
    const next = upcomingDeadlines(instant);
    expect(next.find((p) => p.kind === "MONTHLY")?.label).toBe("Tháng 12/2026");
    expect(next.find((p) => p.kind === "YEARLY")?.label).toBe("Năm 2027");
  });

  it("lists one period per kind, soonest first", () => {
    const next = upcomingDeadlines(vn("2026-11-28T10:00:00"));
    expect(next.map((p) => p.label)).toEqual(["Tháng 11/2026", "Năm 2026", "6 tháng đầu năm 2027"]);
  });
});
