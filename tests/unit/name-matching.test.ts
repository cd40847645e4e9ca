import { describe, expect, it } from "vitest";
import type { PersonOnRecord } from "@/lib/adapters/civil-registry/port";
import type { Citizen } from "@/lib/adapters/population/port";
import { compareWithPopulation } from "@/lib/lookups/compare";
import { matchedLine, reasonLabel } from "@/lib/lookups/labels";
import { nameDifference } from "@/lib/names/differ";
import { compareNames, scoreMatch } from "@/mock-national/civil-registry/match";
import { candidateLine, candidateQueryFor } from "@/lib/lookups/person-links";

const citizen = (fullName: string): Citizen => ({
  personalId: "064090003117", fullName, sex: "M", dateOfBirth: "1990-01-01", ethnicity: "Kinh", nationality: "Việt Nam", hometown: null,
  residence: { communeCode: null, address: "" }, maritalStatus: "single", fatherId: null, motherId: null, spouseId: null, status: "alive", dateOfDeath: null,
});
const person = (fullName: string): PersonOnRecord => ({ fullName, personalId: "064090003117", dateOfBirth: "1990-01-01", sex: "M" }) as PersonOnRecord;

describe("the record against the population database: names", () => {
  it("old and new tone placement and NFC/NFD are the same name (not a disagreement)", () => {
    expect(compareWithPopulation(person("Nguyễn Văn Hoà"), citizen("Nguyễn Văn Hòa"))[0]!.status).toBe("same");
    expect(compareWithPopulation(person("Trần Thị Thuỷ".normalize("NFD")), citizen("Trần Thị Thủy"))[0]!.status).toBe("same");
  });
  it("a different diacritic is still a disagreement", () => {
    expect(compareWithPopulation(person("Lê Văn Tâm"), citizen("Lê Văn Tám"))[0]!.status).toBe("differs");
  });
});

describe("match levels and reasons", () => {
  it("an accent-free exact name with the exact full date is the top level", () => {
    expect(scoreMatch("folded", "exact", [], { isBirth: true, isDuplicate: false, fullDate: true }).level).toBe("exact");
    expect(scoreMatch("folded", "exact", [], { isBirth: true, isDuplicate: false, fullDate: false }).level).toBe("probable");
    expect(scoreMatch("variant", "exact", [], { isBirth: true, isDuplicate: false, fullDate: true }).level).toBe("probable");
    expect(scoreMatch("folded", "exact", [{ reason: "father_name", kind: "folded" }], { isBirth: true, isDuplicate: false, fullDate: true }).level).toBe("exact");
  });
  it("parents' names: tone placement exact, accent-free folded, Rah/Rơ and a dropped onset variants", () => {
    expect(compareNames("Lê Văn Hoà", "Lê Văn Hòa")).toBe("exact");
    expect(compareNames("le van hoa", "Lê Văn Hòa")).toBe("folded");
    expect(compareNames("Rah Lan H'Bia", "Rơ Lan H'Bia")).toBe("variant");
    expect(compareNames("Rơ Lan Bia", "Rơ Lan H'Bia")).toBe("variant");
    expect(compareNames("Lê Văn Sáu", "Lê Văn Bảy")).toBe("mismatch");
  });
  it("a spelling variant names both spellings", () => {
    expect(nameDifference("Lê Văn Tám", "Lê Văn Tâm")).toBe("Tám/Tâm");
    expect(nameDifference("Rah Lan H'Bia", "Rơ Lan H'Bia")).toBe("Rah/Rơ");
    expect(nameDifference("Nguyễn Văn Hoà", "Nguyễn Văn Hòa")).toBeNull();
    expect(nameDifference("nguyen van hoa", "Nguyễn Văn Hòa", { accentFree: true })).toBeNull();
    const m = { roleLabel: "người được khai sinh", fullName: "Lê Văn Tâm", personalId: null, reasons: ["name_variant", "dob_partial"] as const, askedAs: "Lê Văn Tám" };
    expect(reasonLabel("name_variant", m)).toBe("tên khác: Tám/Tâm");
    expect(matchedLine({ ...m, reasons: [...m.reasons] })).toBe("Khớp: người được khai sinh — Lê Văn Tâm, lý do: tên khác: Tám/Tâm, sổ chỉ ghi tháng/năm sinh");
  });
});

describe("population candidates for a record without an ID", () => {
  const cit = (fullName: string, dateOfBirth: string) => ({ ...citizen(fullName), personalId: "052079005518", dateOfBirth });
  it("describes a candidate with its reasons, a different spelling named", () => {
    expect(candidateLine("Lê Văn Tâm", { citizen: cit("Lê Văn Tám", "1979-01-15"), reasons: ["name_folded", "dob_month", "father_name"] }))
      .toBe("Lê Văn Tám 052079005518, 15/01/1979 — tên khác: Tâm/Tám; tháng, năm sinh khớp; tên cha khớp");
    expect(candidateLine("Lê Văn Hoà", { citizen: cit("Lê Văn Hòa", "1979-01-15"), reasons: ["name_exact", "dob_year"] }))
      .toBe("Lê Văn Hòa 052079005518, 15/01/1979 — họ tên khớp; năm sinh khớp");
  });
  it("ranks by name, date and parents, and asks with the parents only for the subject of a birth", async () => {
    const { generateDataset } = await import("@/mock-national/data");
    const { findCandidates } = await import("@/mock-national/population/candidates");
    const ds = generateDataset({ people: 2_000 });
    const found = findCandidates(ds, { fullName: "Le Van Tam", dateOfBirth: "1979-01-15" });
    expect(found[0]).toMatchObject({ citizen: { personalId: "052079005518" }, reasons: ["name_folded", "dob_exact"] });
    const partial = findCandidates(ds, { fullName: "Le Van Tam", dateOfBirth: "1979" });
    expect(partial[0]!.score).toBeLessThan(found[0]!.score);
    const record = ds.record(ds.recordIndex("HT-KS-R6"));
    expect(candidateQueryFor(record, "subject", record.subject!)).toEqual({ fullName: "Lê Văn Tâm", dateOfBirth: "1979-01", fatherName: "Lê Văn Sáu", motherName: "Đỗ Thị Mười", limit: 5 });
  });
});
