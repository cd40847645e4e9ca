import { describe, it, expect } from "vitest";
import { DEFAULT_CALENDAR } from "@/lib/reports/calendar";
import { expectedPeriods, monthBack, periodFromKey, periodKey } from "@/lib/reports/periods";
import { addDays, localDay } from "@/lib/reports/daily-stats";
import { indicatorHref } from "@/lib/reports/links";

// A fake clock in Asia/Ho_Chi_Minh (UTC+7, no daylight saving).
const vn = (s: string) => new Date(`${s}+07:00`);
const keys = (now: Date) => expectedPeriods(now, DEFAULT_CALENDAR).map((p) => `${p.kind}:${periodKey(p)}`);

describe("report periods and due dates (Asia/Ho_Chi_Minh)", () => {
  it("the local day changes at 17:00 UTC", () => {
    expect(localDay(vn("2026-10-31T23:59:59"))).toBe("2026-10-31");
    expect(localDay(vn("2026-11-01T00:00:00"))).toBe("2026-11-01");
    expect(localDay(new Date("2026-10-31T16:59:59Z"))).toBe("2026-10-31");
    expect(localDay(new Date("2026-10-31T17:00:00Z"))).toBe("2026-11-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
  });

  it("the month just ended is expected from the 1st; it falls due at 00:00 on the 10th, not 23:59 on the 9th", () => {
    const oct = periodFromKey("MONTHLY", "2026-10", DEFAULT_CALENDAR)!;
    expect(oct.dueBefore.getTime()).toBe(vn("2026-11-10T00:00:00").getTime());
    expect(vn("2026-11-09T23:59:59").getTime()).toBeLessThan(oct.dueBefore.getTime());
    expect(vn("2026-11-10T00:00:00").getTime()).toBeGreaterThanOrEqual(oct.dueBefore.getTime());
    expect(keys(vn("2026-10-31T23:59:59"))[0]).toBe("MONTHLY:2026-09");
    expect(keys(vn("2026-11-01T00:00:00"))[0]).toBe("MONTHLY:2026-10");
  });

  it("year end: December is due before 10 January; the year Dec–Nov and the half-year Dec–May", () => {
    const dec = periodFromKey("MONTHLY", "2026-12", DEFAULT_CALENDAR)!;
    expect(dec.dueBefore.toISOString()).toBe(vn("2027-01-10T00:00:00").toISOString());
    expect(monthBack(vn("2027-01-01T00:00:00"), 1, DEFAULT_CALENDAR).label).toBe("Tháng 12/2026");
    expect(monthBack(vn("2026-12-31T23:59:59"), 1, DEFAULT_CALENDAR).label).toBe("Tháng 11/2026");
    const year = periodFromKey("YEARLY", "2026", DEFAULT_CALENDAR)!;
    expect(year).toMatchObject({ from: "2025-12-01", to: "2026-11-30" });
    // The year is expected once it has ended (from 1 December), and is due before 10 December.
    expect(keys(vn("2026-11-30T23:59:59"))).not.toContain("YEARLY:2026");
    expect(keys(vn("2026-12-01T00:00:00"))).toContain("YEARLY:2026");
    expect(keys(vn("2026-06-01T00:00:00"))).toContain("HALF_YEARLY:2026-H1");
    expect(periodFromKey("HALF_YEARLY", "2026-H1", DEFAULT_CALENDAR)!.dueBefore.toISOString()).toBe(vn("2026-06-10T00:00:00").toISOString());
  });

  it("a configured calendar moves the due day and the year", () => {
    const cal = { dueDay: 5, yearStartMonth: 1 };
    expect(periodFromKey("MONTHLY", "2026-10", cal)!.dueBefore.toISOString()).toBe(vn("2026-11-05T00:00:00").toISOString());
    expect(periodFromKey("YEARLY", "2026", cal)).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
    expect(periodFromKey("MONTHLY", "2026-13", cal)).toBeNull();
    expect(periodFromKey("YEARLY", "26", cal)).toBeNull();
  });

  it("round-trips period keys", () => {
    for (const p of expectedPeriods(vn("2026-11-20T09:00:00"), DEFAULT_CALENDAR)) {
      expect(periodFromKey(p.kind, periodKey(p), DEFAULT_CALENDAR)).toEqual(p);
    }
  });

  it("links figures to the lists behind them, filtered to unit and period", () => {
    expect(indicatorHref("copiesIssued", "23575", "2026-10-01", "2026-10-31")).toBe("/copies/register?unit=23575&from=01%2F10%2F2026&to=31%2F10%2F2026");
    expect(indicatorHref("lookupsPortalNotFound", "23575", "2026-10-01", "2026-10-31")).toBe("/lookups/history?unit=23575&outcome=NOT_FOUND&from=01%2F10%2F2026&to=31%2F10%2F2026");
    expect(indicatorHref("officers", "23575", "2026-10-01", "2026-10-31")).toBeNull();
  });
});

describe("figure links follow the reader's permissions", () => {
  it("links a figure only to a list the role may open", () => {
    expect(indicatorHref("agencyLate", "23575", "2026-10-01", "2026-10-31")).toBe("/agency-requests?unit=23575&flag=overdue");
    expect(indicatorHref("agencyReceived", "23575", "2026-10-01", "2026-10-31", "COMMUNE_OFFICER")).toBe("/agency-requests?unit=23575");
    expect(indicatorHref("agencyReceived", "23575", "2026-10-01", "2026-10-31", "COMMUNE_SIGNER")).toBeNull();
    expect(indicatorHref("accessPopulation", "23575", "2026-10-01", "2026-10-31", "COMMUNE_OFFICER")).toBeNull();
    expect(indicatorHref("accessPopulation", "23575", "2026-10-01", "2026-10-31", "COMMUNE_SIGNER")).toBe("/access-log?system=POPULATION");
  });
});
