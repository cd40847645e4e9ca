import { describe, expect, it } from "vitest";
import { countStates, filterUnits, gridState, matchesUnit, topUnits, GRID_STATES } from "@/lib/reports/dashboard-view";
import { indicatorHref } from "@/lib/reports/links";

const units = [
  { name: "Phường Pleiku", code: "23575" },
  { name: "Phường Hội Phú", code: "23576" },
  { name: "Xã Ia O", code: "23782" },
  { name: "Xã Ia Grai", code: "23590" },
  { name: "Xã Đăk Đoa", code: "23650" },
  { name: "Phường Quy Nhơn", code: "21583" },
];
const names = (q: string) => filterUnits(units, q).map((u) => u.name);

describe("commune filter", () => {
  it("finds communes without accents or case", () => {
    expect(names("pleiku")).toEqual(["Phường Pleiku"]);
    expect(names("ia o")).toEqual(["Xã Ia O"]);
    expect(names("IA  O")).toEqual(["Xã Ia O"]);
    expect(names("dak doa")).toEqual(["Xã Đăk Đoa"]);
    expect(names("quy nhơn")).toEqual(["Phường Quy Nhơn"]);
    expect(names("hoi")).toEqual(["Phường Hội Phú"]);
  });
  it("matches consecutive words of the name, the last one as typed so far", () => {
    expect(names("ia")).toEqual(["Xã Ia O", "Xã Ia Grai"]);
    expect(names("ia g")).toEqual(["Xã Ia Grai"]);
    expect(names("o ia")).toEqual([]);
    expect(matchesUnit("leiku", units[0]!)).toBe(false);
  });
  it("finds by unit code, and everything when empty", () => {
    expect(names("23782")).toEqual(["Xã Ia O"]);
    expect(names("  ")).toHaveLength(units.length);
  });
});

describe("reporting-status grid", () => {
  it("maps each report to its state, overdue winning over a draft", () => {
    expect(gridState({ report: { status: "ACCEPTED" }, overdue: false }, true)).toBe("accepted");
    expect(gridState({ report: { status: "SUBMITTED" }, overdue: false }, true)).toBe("submitted");
    expect(gridState({ report: { status: "RETURNED" }, overdue: false }, true)).toBe("returned");
    expect(gridState({ report: { status: "DRAFT" }, overdue: true }, true)).toBe("overdue");
    expect(gridState({ report: { status: "DRAFT" }, overdue: false }, false)).toBe("draft");
    expect(gridState({ report: null, overdue: true }, true)).toBe("overdue");
    expect(gridState({ report: null, overdue: false }, true)).toBe("notStarted");
    expect(gridState({ report: null, overdue: false }, false)).toBe("notDue");
  });
  it("labels every state in words, distinct from each other", () => {
    const labels = Object.values(GRID_STATES).map((s) => s.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toContain("Quá hạn");
    expect(labels).toContain("Đã tiếp nhận");
  });
  it("counts communes per state in legend order", () => {
    expect(countStates(["overdue", "accepted", "overdue"]).filter((c) => c.count)).toEqual([{ state: "accepted", count: 1 }, { state: "overdue", count: 2 }]);
  });
});

describe("chart data", () => {
  it("keeps the communes with most lookups", () => {
    const f = (l: number) => ({ lookupsTotal: l, papersCut: 0, copiesIssued: 0 });
    expect(topUnits([{ n: "a", figures: f(1) }, { n: "b", figures: f(5) }, { n: "c", figures: f(3) }], 2).map((x) => x.n)).toEqual(["b", "c"]);
  });
});

describe("dashboard links keep the month", () => {
  it("links the lookups figure to the history of that month", () => {
    expect(indicatorHref("lookupsTotal", null, "2026-10-01", "2026-10-31")).toBe("/lookups/history?from=01%2F10%2F2026&to=31%2F10%2F2026");
  });
});
