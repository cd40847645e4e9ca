import { beforeAll, describe, expect, it } from "vitest";
import { buildHistoricalUnits, checkReferenceData, loadReferenceData, parseCsv, ZCommuneRow, type ReferenceData } from "@/lib/units/data";
import { bestCurrentUnit, buildAuthorityIndex, matchAuthority, type AuthorityIndex } from "@/lib/units/resolve-authority";
import { childPath, isWithinPath, pathDepth, unitPathCodes } from "@/lib/units/tree";

let data: ReferenceData;
let index: AuthorityIndex;
beforeAll(() => {
  data = loadReferenceData();
  index = buildAuthorityIndex(data);
});

const match = (text: string) => matchAuthority(index, text);
const best = (text: string) => bestCurrentUnit(match(text))?.code;

describe("reference data", () => {
  it("has the 135 current communes: 110 xã and 25 phường", () => {
    expect(data.communes).toHaveLength(135);
    expect(data.communes.filter((c) => c.kind === "Xã")).toHaveLength(110);
    expect(data.communes.filter((c) => c.kind === "Phường")).toHaveLength(25);
  });

  it("has 378 pre-reform rows: 373 communes in 28 districts of two provinces", () => {
    expect(data.formerCommunes).toHaveLength(378);
    const units = buildHistoricalUnits(data.formerCommunes);
    const count = (level: string, province?: string) =>
      units.filter((u) => u.level === level && (!province || u.provinceCode === province)).length;
    expect([count("PROVINCE"), count("DISTRICT"), count("COMMUNE")]).toEqual([4, 28, 373]);
    expect([count("DISTRICT", "64"), count("COMMUNE", "64"), count("DISTRICT", "52"), count("COMMUNE", "52")]).toEqual([17, 218, 11, 155]);
    expect(units.reduce((n, u) => n + u.successors.length, 0)).toBe(793);
  });

  it("keeps the CSV merge types for communes and marks districts partial towards several successors", () => {
    const units = buildHistoricalUnits(data.formerCommunes);
    const anNghia = units.find((u) => u.level === "COMMUNE" && u.code === "21727");
    expect(anNghia?.successors.map((s) => s.mergeType)).toEqual(["partial", "partial", "partial"]);
    const iaGrai = units.find((u) => u.level === "DISTRICT" && u.name === "Huyện Ia Grai");
    expect(iaGrai?.successors.every((s) => s.mergeType === "partial")).toBe(true);
    expect(units.find((u) => u.code === "NB")?.successors).toHaveLength(units.find((u) => u.code === "52" && u.level === "PROVINCE")!.successors.length);
  });

  it("rejects malformed rows with the line number", () => {
    const header = "commune_code,commune_name,commune_type,province_code,province_name";
    expect(() => parseCsv(`${header}\n123,Xã A,Xã,52,Tỉnh Gia Lai\n`, ZCommuneRow, "x.csv")).toThrow(/x\.csv:2/);
    expect(() => parseCsv(`${header}\r\n23575,Phường Pleiku,Phường,52\r\n`, ZCommuneRow, "x.csv")).toThrow(/4 fields/);
  });

  it("cross-checks that every former commune goes into a known current commune", () => {
    const [first, ...rest] = data.formerCommunes;
    const broken = { communes: data.communes, formerCommunes: [{ ...first!, newCommuneCode: "99999" }, ...rest] };
    expect(() => checkReferenceData(broken)).toThrow(/99999/);
  });
});

describe("authority index", () => {
  it("resolves the examples of the brief", () => {
    const iaKha = match("UBND xã Ia Kha, huyện Ia Grai, tỉnh Gia Lai");
    // The record says "xã" though Ia Kha was a thị trấn: the kind is a preference, not a filter.
    expect(iaKha?.historicalUnit).toMatchObject({ code: "23764", name: "Thị trấn Ia Kha", level: "COMMUNE" });
    expect(iaKha?.currentUnits).toEqual([{ code: "23764", name: "Xã Ia Grai", mergeType: "full" }]);

    expect(match("Ủy ban nhân dân phường Trần Quang Diệu, thành phố Quy Nhơn, tỉnh Bình Định")?.currentUnits)
      .toEqual([{ code: "21553", name: "Phường Quy Nhơn Bắc", mergeType: "full" }]);

    const district = match("UBND huyện Ia Grai, tỉnh Gia Lai");
    expect(district?.level).toBe("DISTRICT");
    expect(district?.historicalUnit?.name).toBe("Huyện Ia Grai");
    expect(district?.currentUnits.length).toBeGreaterThan(1);
    expect(bestCurrentUnit(district)?.name).toBe("Xã Ia Grai");

    const pleiku = match("UBND Phường Pleiku, tỉnh Gia Lai");
    expect(pleiku).toEqual({ level: "COMMUNE", currentUnits: [{ code: "23575", name: "Phường Pleiku", mergeType: "full" }] });

    expect(match("UBND thị trấn Phú Phong, huyện Tây Sơn, tỉnh Bình Định")?.historicalUnit?.name).toBe("Thị trấn Phú Phong");
  });

  it("uses the district to tell homonyms apart", () => {
    expect(match("UBND xã Ia O, huyện Ia Grai, tỉnh Gia Lai")?.historicalUnit?.parentCode).toBe("628");
    expect(best("UBND xã Ia O, huyện Chư Prông, tỉnh Gia Lai")).toBe(match("Xã Ia Boòng")?.currentUnits[0]?.code);
    expect(match("UBND xã Ia Sao, thị xã Ayun Pa")?.historicalUnit?.parentCode).not.toBe(match("UBND xã Ia Sao, huyện Ia Grai")?.historicalUnit?.parentCode);
    expect(match("UBND xã An Nghĩa, huyện An Lão")?.historicalUnit?.code).toBe("21634");
    expect(match("UBND xã Ân Nghĩa, huyện Hoài Ân")?.historicalUnit?.code).toBe("21727");
  });

  it("uses the province, the unit kind and exact diacritics when the district is missing", () => {
    expect(match("UBND phường Đống Đa")).toBeNull(); // Quy Nhơn and Pleiku both had one
    expect(match("UBND phường Đống Đa, tỉnh Bình Định")?.historicalUnit?.provinceCode).toBe("52");
    expect(match("UBND phường Đống Đa, tỉnh Gia Lai")?.historicalUnit?.provinceCode).toBe("64");
    expect(match("UBND thị trấn Ngô Mây, tỉnh Bình Định")?.historicalUnit?.name).toBe("Thị trấn Ngô Mây");
    // Two communes of Chư Prông differ only by the breve.
    expect(match("Xã Ia Bang, huyện Chư Prông")?.historicalUnit?.name).toBe("Xã Ia Bang");
    expect(match("Xã Ia Băng, huyện Chư Prông")?.historicalUnit?.name).toBe("Xã Ia Băng");
  });

  it("prefers today's commune when no district is named, but not under another province", () => {
    expect(match("UBND xã Ia O, tỉnh Gia Lai")?.historicalUnit).toBeUndefined();
    expect(best("UBND xã Ia O, tỉnh Gia Lai")).toBe("23782");
    expect(match("UBND xã An Lão, tỉnh Bình Định")?.historicalUnit?.name).toBe("Thị trấn An Lão");
  });

  it("lists every part of a split commune, the same-named one first", () => {
    const canhLien = match("UBND xã Canh Liên, huyện Vân Canh, tỉnh Bình Định");
    expect(canhLien?.currentUnits.map((u) => [u.name, u.mergeType])).toEqual([
      ["Xã Canh Liên", "partial"],
      ["Xã Canh Vinh", "partial"],
    ]);
    expect(bestCurrentUnit(canhLien)?.name).toBe("Xã Canh Liên");
  });

  it("matches spelling variants", () => {
    expect(match("uy ban nhan dan xa ia kha, huyen ia grai, tinh gia lai")?.historicalUnit?.code).toBe("23764");
    expect(match("UBND xã H'Neng, huyện Đăk Đoa")?.historicalUnit?.name).toBe("Xã H' Neng");
    expect(match("UBND Thị Trấn KBang, Huyện K'Bang")?.historicalUnit?.name).toBe("Thị trấn KBang");
  });

  it("knows the 1976–1991 provinces", () => {
    const nb = match("UBND tỉnh Nghĩa Bình");
    expect(nb?.historicalUnit).toMatchObject({ code: "NB", level: "PROVINCE" });
    expect(nb?.currentUnits.length).toBe(match("UBND tỉnh Bình Định")?.currentUnits.length);
    expect(match("UBND tỉnh Gia Lai - Kon Tum")?.historicalUnit?.code).toBe("GLKT");
    expect(match("UBND xã Ia Kha, huyện Ia Grai, tỉnh Gia Lai - Kon Tum")?.historicalUnit?.code).toBe("23764");
  });

  it("returns null for unknown, foreign or contradictory authorities", () => {
    expect(match("")).toBeNull();
    expect(match("Sở Tư pháp tỉnh Gia Lai")).toBeNull();
    expect(match("UBND xã Ia Kha, huyện Sa Thầy, tỉnh Kon Tum")).toBeNull();
    expect(match("UBND xã Ia Kha, huyện Đức Cơ")).toBeNull();
    expect(match("UBND xã Không Có")).toBeNull();
  });

  it("maps every former commune and every current commune by its full written form", () => {
    for (const r of data.formerCommunes) {
      const m = match(`UBND ${r.communeName}, ${r.districtName}, ${r.provinceName}`);
      expect(m?.historicalUnit?.code, r.communeName).toBe(r.communeCode);
      expect(m?.currentUnits.map((u) => u.code)).toContain(r.newCommuneCode);
    }
    for (const c of data.communes) expect(best(`UBND ${c.name}, tỉnh Gia Lai`)).toBe(c.code);
  });
});

describe("tree paths", () => {
  it("builds and reads materialized paths", () => {
    expect(childPath(null, "52")).toBe("/52/");
    expect(childPath("/52/", "23575")).toBe("/52/23575/");
    expect(unitPathCodes("/52/52-STP/")).toEqual(["52", "52-STP"]);
    expect([pathDepth("/52/"), pathDepth("/52/23575/")]).toEqual([0, 1]);
    expect(isWithinPath("/52/23575/", "/52/")).toBe(true);
    expect(isWithinPath("/520/", "/52/")).toBe(false);
    expect(() => childPath("/52/", "a/b")).toThrow();
  });
});
