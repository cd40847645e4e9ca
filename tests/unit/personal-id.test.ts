import { describe, it, expect } from "vitest";
import { checkPersonalId, decodePersonalId, ID_COUNTRY_CODES, ID_PROVINCE_CODES, idPrefixPlace, personalIdMessage } from "@/lib/citizens/personal-id";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { parseVnDate, isFuturePartial, formatPartialDate } from "@/lib/text/dates";
import { parseLookupForm } from "@/lib/lookups/schemas";

describe("personal ID numbers", () => {
  it("decodes province, year and sex", () => {
    expect(decodePersonalId("064198004512")).toEqual({ province: "064", year: 1998, sex: "F" });
    expect(decodePersonalId("064221000657")).toEqual({ province: "064", year: 2021, sex: "M" });
    expect(decodePersonalId("052085002190")).toEqual({ province: "052", year: 1985, sex: "M" });
  });
  it("accepts every reference citizen's number", () => {
    for (const id of ["064198004512", "064095001873", "064221000657", "052187003321", "052085002190", "064050000412", "052079005518", "064301002846", "064090003117", "052090004402", "001300007731"]) {
      expect(checkPersonalId(id, { currentYear: 2026 })).toBeNull();
    }
  });
  it("rejects malformed numbers, unknown provinces and impossible centuries", () => {
    expect(checkPersonalId("06419800451")).toEqual({ code: "format" });
    expect(checkPersonalId("06419800451a")).toEqual({ code: "format" });
    expect(checkPersonalId("003198004512")).toEqual({ code: "province", prefix: "003" });
    expect(checkPersonalId("064798004512")).toEqual({ code: "century", digit: "7" });
    expect(checkPersonalId("064230004512", { currentYear: 2026 })).toEqual({ code: "future", year: 2030 });
  });
  it("accepts births registered abroad: the country code where the birth was registered (Cambodia 116, Laos 418)", () => {
    expect(checkPersonalId("116098004512", { currentYear: 2026 })).toBeNull();
    expect(checkPersonalId("418305001234", { year: 2005, sex: "F", currentYear: 2026 })).toBeNull();
    expect(idPrefixPlace("418")).toEqual({ kind: "country", name: "Lào" });
    expect(idPrefixPlace("064")).toEqual({ kind: "province", name: "Gia Lai" });
    // A code shared by a province and a country (ISO 056 Belgium / Khánh Hòa) reads as the province.
    expect(idPrefixPlace("056")?.kind).toBe("province");
    for (const c of ["116", "418", "156", "764", "410", "392", "158", "840", "276", "250", "380", "528", "724", "616", "203"]) expect(ID_COUNTRY_CODES[c]).toBeTruthy();
    for (const prefix of [...Object.keys(ID_PROVINCE_CODES), ...Object.keys(ID_COUNTRY_CODES)]) expect(checkPersonalId(`${prefix}098004512`)).toBeNull();
  });
  it("names both provinces and countries when the prefix is unknown", () => {
    expect(checkPersonalId("999098004512")).toEqual({ code: "province", prefix: "999" });
    expect(personalIdMessage({ code: "province", prefix: "999" })).toBe("Ba chữ số đầu (999) không phải mã tỉnh hoặc mã quốc gia nơi đăng ký khai sinh.");
  });
  it("the lookup form and the system API accept an ID of a birth registered abroad", () => {
    const r = parseLookupForm(form({ ...dossier, searchBy: "personalId", personalId: "116098004512", checkSex: "M", checkDateOfBirth: "12/03/1998" }), "2026-11-28");
    expect(r.ok).toBe(true);
    const api = ZApiLookupRequest.safeParse({ unitCode: "23764", purpose: { kind: "dossier", dossierCode: "HS-1", procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] }, query: { personalId: "418198004512" }, eventTypes: ["BIRTH"] });
    expect(api.success).toBe(true);
  });
  it("flags digits that contradict the year of birth or sex", () => {
    expect(checkPersonalId("064198004512", { year: 1999 })).toEqual({ code: "year_mismatch", idYear: 1998, year: 1999 });
    expect(checkPersonalId("064198004512", { sex: "M" })).toEqual({ code: "sex_mismatch", idSex: "F", sex: "M" });
    expect(personalIdMessage({ code: "sex_mismatch", idSex: "F", sex: "M" })).toBe("Số định danh cho giới tính nữ, không khớp giới tính nam đã nhập.");
  });
});

describe("dates typed by people", () => {
  it("parses full and partial dates, refusing impossible days", () => {
    expect(parseVnDate("12/03/1998")).toBe("1998-03-12");
    expect(parseVnDate("2/3/1998")).toBe("1998-03-02");
    expect(parseVnDate("03/1998")).toBe("1998-03");
    expect(parseVnDate("1979")).toBe("1979");
    expect(parseVnDate("31/02/2000")).toBeNull();
    expect(parseVnDate("1998-03-12")).toBeNull();
    expect(parseVnDate("03/1998", { allowPartial: false })).toBeNull();
  });
  it("knows the future at the precision given", () => {
    expect(isFuturePartial("2026-11-29", "2026-11-28")).toBe(true);
    expect(isFuturePartial("2026-11", "2026-11-28")).toBe(false);
    expect(isFuturePartial("2027", "2026-11-28")).toBe(true);
    expect(formatPartialDate("1979-01")).toBe("01/1979");
  });
});

function form(entries: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}
const dossier = { purposeKind: "DOSSIER", dossierCode: "HS-1", procedureCode: "1.001193", replacesPapers: ["marriage-certificate"], eventTypes: ["BIRTH"] };

describe("the lookup form", () => {
  it("builds a purpose and a query from valid input", () => {
    const r = parseLookupForm(form({ ...dossier, searchBy: "name", fullName: "Ro Mah H Lan", dateOfBirth: "12/03/1998" }), "2026-11-28");
    expect(r).toEqual({ ok: true, value: { purpose: { kind: "DOSSIER", dossierCode: "HS-1", procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] }, query: { by: "name", fullName: "Ro Mah H Lan", dateOfBirth: "1998-03-12", eventTypes: ["BIRTH"] } } });
  });
  it("puts each problem at its field", () => {
    const r = parseLookupForm(form({ purposeKind: "DOSSIER", searchBy: "name", fullName: "", dateOfBirth: "30/02/2000" }), "2026-11-28");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.fieldErrors).sort()).toEqual(["dateOfBirth", "dossierCode", "eventTypes", "fullName", "procedureCode", "replacesPapers"]);
  });
  it("refuses a future date of birth and an ID contradicting the sex given", () => {
    const future = parseLookupForm(form({ ...dossier, searchBy: "name", fullName: "Lê Văn Tâm", dateOfBirth: "01/01/2027" }), "2026-11-28");
    expect(!future.ok && future.fieldErrors.dateOfBirth).toBe("Ngày không được sau ngày hôm nay.");
    const sex = parseLookupForm(form({ ...dossier, searchBy: "personalId", personalId: "064198004512", checkSex: "M" }), "2026-11-28");
    expect(!sex.ok && sex.fieldErrors.personalId).toMatch(/giới tính nữ/);
  });
  it("an empty search is refused", () => {
    const r = parseLookupForm(form({ ...dossier, searchBy: "registration", entryNumber: "" }), "2026-11-28");
    expect(!r.ok && r.fieldErrors.entryNumber).toBe("Nhập số đăng ký (số trong sổ hộ tịch).");
  });
});
