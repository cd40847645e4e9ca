import { describe, it, expect } from "vitest";
import { formatDate, formatDateTime, formatMoney } from "@/lib/text/format";

describe("display formats", () => {
  it("dates are dd/MM/yyyy in Vietnam time, even when UTC is still the day before", () => {
    expect(formatDate(new Date("2026-11-27T17:30:00Z"))).toBe("28/11/2026");
    expect(formatDateTime(new Date("2026-11-27T17:30:00Z"))).toBe("28/11/2026 00:30");
  });
  it("money is whole đồng with dot separators", () => {
    expect(formatMoney(8000)).toBe("8.000 đ");
    expect(formatMoney(0)).toBe("0 đ");
    expect(formatMoney(1234567)).toBe("1.234.567 đ");
    expect(() => formatMoney(0.5)).toThrow();
  });
});
