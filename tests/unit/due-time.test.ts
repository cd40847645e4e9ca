import { describe, it, expect } from "vitest";
import { computeDueAt, isOverdue, isWorkingDay, nextWorkingDay, vietnamClock, vietnamInstant, wasLate, type ServiceHours } from "@/lib/copies/due-time";
import { SETTINGS } from "@/lib/settings/settings";

const HOURS: ServiceHours = SETTINGS.serviceHours.defaults;
/** An instant given as Vietnam local time. */
const vn = (local: string) => new Date(`${local}+07:00`);
const due = (local: string, hours: ServiceHours = HOURS) => computeDueAt(vn(local), hours).toISOString();
const endOf = (day: string) => vn(`${day}T17:00:00`).toISOString();

describe("computeDueAt", () => {
  it("a request taken on a working morning is due at the end of that day", () => {
    expect(due("2026-11-26T09:15:00")).toBe(endOf("2026-11-26")); // Thursday
  });

  it("before the desk opens still counts for that day", () => {
    expect(due("2026-11-26T06:50:00")).toBe(endOf("2026-11-26"));
  });

  it("one minute before the cutoff is the same day; at the cutoff it is the next working day", () => {
    expect(due("2026-11-26T14:59:00")).toBe(endOf("2026-11-26"));
    expect(due("2026-11-26T15:00:00")).toBe(endOf("2026-11-27"));
  });

  it("Friday after the cutoff is due on Monday", () => {
    expect(due("2026-11-27T16:10:00")).toBe(endOf("2026-11-30"));
  });

  it("Saturday and Sunday (online or post) are due on Monday", () => {
    expect(due("2026-11-28T10:00:00")).toBe(endOf("2026-11-30"));
    expect(due("2026-11-29T23:59:00")).toBe(endOf("2026-11-30"));
  });

  it("uses Vietnam's day, not UTC's: 00:30 on Monday in Vietnam is still Sunday in UTC", () => {
    expect(due("2026-11-30T00:30:00")).toBe(endOf("2026-11-30"));
  });

  it("skips the whole Tết holiday", () => {
    expect(due("2026-02-13T15:30:00")).toBe(endOf("2026-02-23")); // Friday before Tết → Monday after
    expect(due("2026-02-18T09:00:00")).toBe(endOf("2026-02-23")); // during Tết
  });

  it("skips 30 April and 1 May, and Hùng Kings' compensatory Monday", () => {
    expect(due("2026-04-29T15:01:00")).toBe(endOf("2026-05-04"));
    expect(due("2026-04-24T16:00:00")).toBe(endOf("2026-04-28"));
  });

  it("crosses the end of the year over New Year's Day and the weekend", () => {
    expect(due("2026-12-31T15:30:00")).toBe(endOf("2027-01-04"));
    expect(due("2026-12-31T10:00:00")).toBe(endOf("2026-12-31"));
  });

  it("follows the configuration: another cutoff, another end of day, an extra holiday", () => {
    const hours: ServiceHours = { cutoffHour: "16:00", workdayStart: "08:00", workdayEnd: "17:30", holidays: ["2026-11-27"] };
    expect(due("2026-11-26T15:30:00", hours)).toBe(vn("2026-11-26T17:30:00").toISOString());
    expect(due("2026-11-26T16:00:00", hours)).toBe(vn("2026-11-30T17:30:00").toISOString());
  });

  it("a cutoff set after the end of the day never gives a due time before the receipt", () => {
    const hours: ServiceHours = { ...HOURS, cutoffHour: "20:00" };
    expect(due("2026-11-26T18:00:00", hours)).toBe(endOf("2026-11-27"));
  });

  it("refuses a configuration in which no working day comes", () => {
    const every = Array.from({ length: 500 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
    expect(() => computeDueAt(vn("2026-01-01T09:00:00"), { ...HOURS, holidays: every })).toThrow(/holiday configuration/);
  });
});

describe("calendar helpers", () => {
  it("working days are Monday to Friday except holidays", () => {
    expect(isWorkingDay("2026-11-27", [])).toBe(true);
    expect(isWorkingDay("2026-11-28", [])).toBe(false);
    expect(isWorkingDay("2026-09-02", HOURS.holidays)).toBe(false);
    expect(nextWorkingDay("2026-08-31", HOURS.holidays)).toBe("2026-09-03");
  });

  it("converts between instants and Vietnam clock time", () => {
    expect(vietnamClock(new Date("2026-11-27T17:30:00Z"))).toEqual({ day: "2026-11-28", minutes: 30 });
    expect(vietnamInstant("2026-11-28", "17:00").toISOString()).toBe("2026-11-28T10:00:00.000Z");
  });
});

describe("overdue and late", () => {
  const dueAt = vn("2026-11-26T17:00:00");
  it("only requests not yet issued are overdue", () => {
    const after = vn("2026-11-26T17:01:00");
    expect(isOverdue({ status: "RECEIVED", dueAt }, after)).toBe(true);
    expect(isOverdue({ status: "SIGNED", dueAt }, after)).toBe(true);
    expect(isOverdue({ status: "ISSUED", dueAt }, after)).toBe(false);
    expect(isOverdue({ status: "REFUSED", dueAt }, after)).toBe(false);
    expect(isOverdue({ status: "PREPARED", dueAt }, vn("2026-11-26T16:59:00"))).toBe(false);
  });

  it("an issue after the due time was late", () => {
    expect(wasLate({ dueAt, issuedAt: vn("2026-11-27T08:00:00") })).toBe(true);
    expect(wasLate({ dueAt, issuedAt: vn("2026-11-26T16:00:00") })).toBe(false);
    expect(wasLate({ dueAt, issuedAt: null })).toBe(false);
  });
});
