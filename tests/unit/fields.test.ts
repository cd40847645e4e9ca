import { describe, it, expect } from "vitest";
import { checkText, FIELDS, filterCode, filterText, zOptionalText, zText, type TextRule } from "@/lib/validation/fields";
import { isRecordId, isRowId } from "@/lib/validation/ids";
import { isUnusableUrl } from "@/lib/validation/url";

// The shared field rules (lib/validation/fields.ts): what the forms and the API accept is the same,
// a value over its limit is refused with its own message, and nothing is ever shortened.

/** A value that satisfies the rule's shape and letters, exactly `length` characters long. */
function valueOf(rule: TextRule, length: number): string {
  const unit = rule.pattern ? (rule.pattern.re.test("1.000894") ? "1" : "A") : "a";
  return unit.repeat(length);
}

describe("FIELDS", () => {
  it.each(Object.entries(FIELDS))("%s: accepts its maximum as is, refuses one more with a Vietnamese message", (_, rule: TextRule) => {
    const max = valueOf(rule, rule.max);
    expect(checkText(rule, max)).toEqual({ ok: true, value: max });
    expect(checkText(rule, `${max}a`)).toEqual({ ok: false, message: `${rule.label} tối đa ${rule.max.toLocaleString("vi-VN")} ký tự.` });
  });

  it("refuses control characters in every field, and line breaks outside textareas", () => {
    for (const [key, rule] of Object.entries(FIELDS)) {
      const result = checkText(rule, `${valueOf(rule, 12)}\u0000`);
      expect({ key, result }).toMatchObject({ key, result: { ok: false, message: expect.stringContaining("ký tự điều khiển") } });
    }
    expect(checkText(FIELDS.fatherName, "Nguyễn\nVăn An").ok).toBe(false);
    expect(checkText(FIELDS.purposeDescription, "Xác minh hồ sơ\r\ndòng hai")).toEqual({ ok: true, value: "Xác minh hồ sơ\r\ndòng hai" });
    expect(checkText(FIELDS.purposeDescription, "Xác minh\u0007 hồ sơ").ok).toBe(false);
  });

  it("counts characters as people see them (NFC), trims, collapses spaces in names", () => {
    const decomposed = "Nguyễn".normalize("NFD");
    expect(decomposed.length).toBeGreaterThan(6);
    expect(checkText(FIELDS.fullName, `  ${decomposed}   Văn  An `)).toEqual({ ok: true, value: "Nguyễn Văn An" });
    expect(checkText(FIELDS.fullName, "")).toEqual({ ok: false, message: "Nhập họ, chữ đệm và tên." });
    expect(checkText(FIELDS.fatherName, "")).toEqual({ ok: true, value: "" });
    expect(checkText(FIELDS.fatherName, "A1")).toEqual({ ok: false, message: "Họ tên cha phải có ít nhất 2 chữ cái." });
    expect(checkText(FIELDS.dossierCode, "HS 01")).toEqual({ ok: false, message: "Mã hồ sơ chỉ gồm chữ, số và các ký tự . - _ / (tối đa 50 ký tự)." });
  });

  it("as zod for the API: the same messages; optional fields absent or empty are undefined", () => {
    expect(zText(FIELDS.authority).safeParse("x".repeat(201)).error?.issues[0]?.message).toBe("Cơ quan đăng ký tối đa 200 ký tự.");
    expect(zOptionalText(FIELDS.motherName).parse(undefined)).toBeUndefined();
    expect(zOptionalText(FIELDS.motherName).parse("  ")).toBeUndefined();
    expect(zOptionalText(FIELDS.motherName).parse(" Lê  Thị Hoa ")).toBe("Lê Thị Hoa");
  });
});

describe("filters, ids and URLs", () => {
  it("list filters ignore control characters and codes of another shape", () => {
    expect(filterText(100).parse("\u0000")).toBeUndefined();
    expect(filterText(100).parse(" Vũ Minh ")).toBe("Vũ Minh");
    expect(filterText(10).parse("x".repeat(11))).toBeUndefined();
    expect(filterCode().parse("52-STP")).toBe("52-STP");
    expect(filterCode().parse("23575\u0000")).toBeUndefined();
  });

  it("row ids: the schema's cuid() and the bulk loader's, nothing else", () => {
    expect(isRowId("cmio3k1x50000qz8h2b7c9d1e")).toBe(true);
    expect(isRowId("ca1b2c30000001")).toBe(true);
    for (const bad of ["", "\u0000", "ck\u0000x", "x".repeat(41), "a b", "../x", 42, null]) expect(isRowId(bad)).toBe(false);
    expect(isRecordId("HT-KS-R10")).toBe(true);
    expect(isRecordId("HT\u0000")).toBe(false);
  });

  it("a URL with a NUL byte, or a path that is not UTF-8, is unusable; anything else is not", () => {
    expect(isUnusableUrl("http://x/api/documents/%00/pdf")).toBe(true);
    expect(isUnusableUrl("http://x/copies?unit=%00")).toBe(true);
    expect(isUnusableUrl("http://x/verify/%FF")).toBe(true);
    expect(isUnusableUrl("http://x/copies/%C3%A9?q=%FF")).toBe(false);
    expect(isUnusableUrl("http://x/copies?q=%2500")).toBe(false);
    expect(isUnusableUrl("http://x/lookups/ck1/records/HT-KS-R10")).toBe(false);
  });
});
