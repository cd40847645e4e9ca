import { describe, expect, it } from "vitest";
import { foldVietnamese, splitUnitName, stripUnitPrefix } from "@/lib/text/normalize";

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
