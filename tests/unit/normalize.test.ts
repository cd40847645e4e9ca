import { describe, expect, it } from "vitest";
import { canonicalName, compactFold, foldVietnamese, nameVariantTokens, onsetVariant, sameNameExactly, splitUnitName, stripUnitPrefix } from "@/lib/text/normalize";

describe("foldVietnamese", () => {
  it.each([
    ["Nguyễn Thị Hồng", "nguyen thi hong"],
    ["  Đắk   Đoa ", "dak doa"],
    ["ĐINH VĂN ĐỨC", "dinh van duc"],
    ["Nhơn Hoà", "nhon hoa"],
    ["Nhơn Hòa", "nhon hoa"],
    ["Ksor Bơ", "ksor bo"],
    ["Kpă", "kpa"],
    ["Puih Ưng", "puih ung"],
    ["Rơ Mah H'Lan", "ro mah hlan"],
  ])("%s → %s", (input, folded) => {
    expect(foldVietnamese(input)).toBe(folded);
  });

  it("treats every apostrophe variant, and a space after a one-letter onset, alike", () => {
    const variants = ["H'Lan", "H’Lan", "H`Lan", "Hʼlan", "H' Lan", "HLan", "h‘lan"];
    expect(new Set(variants.map(foldVietnamese))).toEqual(new Set(["hlan"]));
    expect(foldVietnamese("Xã K' Dang")).toBe("xa kdang");
  });

  it("keeps a space after an apostrophe that ends a longer word", () => {
    expect(foldVietnamese("'Ia Kha' huyện")).toBe("ia kha huyen");
  });

  it("gives the same result for decomposed (NFD) input", () => {
    expect(foldVietnamese("Rơ Mah H'Lan".normalize("NFD"))).toBe("ro mah hlan");
  });

  it("collapses tabs and newlines", () => {
    expect(foldVietnamese("Siu\tThị\n Hoa")).toBe("siu thi hoa");
  });
});

describe("stripUnitPrefix / splitUnitName", () => {
  it.each([
    ["Phường Pleiku", "Pleiku"],
    ["Xã Ia O", "Ia O"],
    ["Thị trấn Phú Phong", "Phú Phong"],
    ["Huyện Ia Grai", "Ia Grai"],
    ["Thị xã An Khê", "An Khê"],
    ["Thành phố Quy Nhơn", "Quy Nhơn"],
    ["Tỉnh Gia Lai", "Gia Lai"],
    ["UBND xã Ia Kha", "Ia Kha"],
    ["Ủy ban nhân dân phường Trần Quang Diệu", "Trần Quang Diệu"],
    ["Uỷ ban nhân dân Thành phố Pleiku", "Pleiku"],
    ["ubnd THI TRAN phu phong", "phu phong"],
    ["xa Ia Kha", "Ia Kha"],
    ["Ia Grai", "Ia Grai"],
  ])("%s → %s", (input, bare) => {
    expect(stripUnitPrefix(input)).toBe(bare);
  });

  it("reports the kind in its official spelling", () => {
    expect(splitUnitName("UBND thi xa An Khe")).toEqual({ kind: "Thị xã", bare: "An Khe" });
    expect(splitUnitName("Ia Grai")).toEqual({ kind: null, bare: "Ia Grai" });
  });

  it("does not strip a kind that is the whole name, nor a name that merely starts like one", () => {
    expect(splitUnitName("Thị xã")).toEqual({ kind: null, bare: "Thị xã" });
    expect(stripUnitPrefix("Phường Thị Nại")).toBe("Thị Nại");
    expect(stripUnitPrefix("Xã Thành An")).toBe("Thành An");
  });
});

describe("canonicalName: exact comparisons up to tone placement and Unicode form", () => {
  it.each([
    ["Hòa", "Hoà"], ["Nguyễn Văn Hòa", "Nguyễn Văn Hoà"], ["Thủy", "Thuỷ"], ["Khỏe", "Khoẻ"], ["Thúy", "Thuý"], ["Úy", "Uý"], ["Nhơn Hòa", "Nhơn Hoà".normalize("NFD")],
    ["Rơ Mah H'Lan", "Rơ Mah H’Lan"], ["Lê  Văn Tám ", "Lê Văn Tám"], ["Hoàng", "Hoàng".normalize("NFD")],
  ])("%s = %s", (a, b) => {
    expect(canonicalName(a)).toBe(canonicalName(b));
    expect(sameNameExactly(a, b)).toBe(true);
  });
  it.each([["Tâm", "Tám"], ["Hòa", "Hoa"], ["Hòa", "Hóa"], ["Thủy", "Thùy"], ["Lan", "lan"]])("%s ≠ %s", (a, b) => {
    expect(sameNameExactly(a, b)).toBe(false);
  });
});

describe("Jrai and Bahnar variant keys", () => {
  it("joins the Rơ/Rah/Ro clan syllable with the next word, spaced or glued", () => {
    const keys = ["Rơ Lan", "Rah Lan", "Rlan", "Rơlan", "Ro Lan", "RƠ LAN", "Rơ Lan".normalize("NFD")].map((n) => nameVariantTokens(`${n} H'Bia`).join(" "));
    expect(new Set(keys)).toEqual(new Set(["rlan hbia"]));
    expect(nameVariantTokens("Rơ Mah Minh Khôi")).toEqual(["rmah", "minh", "khoi"]);
    expect(nameVariantTokens("Ksor Bơ")).toEqual(["ksor", "bo"]);
  });
  it("an onset present or dropped is a variant; a vowel after the letter is another name", () => {
    expect(onsetVariant("hlan", "lan")).toBe(true);
    expect(onsetVariant("ybih", "bih")).toBe(true);
    expect(onsetVariant("sang", "asang")).toBe(true);
    expect(onsetVariant("hai", "ai")).toBe(false);
    expect(onsetVariant("klan", "lan")).toBe(false);
    expect(onsetVariant("lan", "lan")).toBe(false);
  });
  it("accent-free letters: spacing, apostrophes and case do not count, the clan syllable does", () => {
    expect(compactFold("Ro Mah H Lan")).toBe(compactFold("Rơ Mah H'Lan"));
    expect(compactFold("Rmah H'Lan")).not.toBe(compactFold("Rơ Mah H'Lan"));
  });
});
