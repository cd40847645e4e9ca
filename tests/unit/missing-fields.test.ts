import { beforeAll, describe, expect, it } from "vitest";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilRecord, CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { generateDataset } from "@/mock-national/data";
import { missingFields, missingFieldsText } from "@/lib/documents/missing-fields";
import { recordBlocks } from "@/lib/documents/record-blocks";

let registry: CivilRegistryPort;
beforeAll(() => {
  registry = createMockCivilRegistry(generateDataset({ people: 2_000 }));
});
const get = async (id: string) => (await registry.getRecord(id, { officerId: "o", unitCode: "23575" }))!;
const printed = (record: CivilRecord) => recordBlocks(record, null).flatMap((b) => (b.type === "fields" ? b.rows.flat() : []));

describe("the copy prints what the record has", () => {
  it("a born-digital birth names both parents by their ID numbers: the copy prints them, not a blank", async () => {
    const r3 = await get("HT-KS-R3");
    expect(r3.father?.personalId).toBe("064095001873");
    const ids = printed(r3).filter((f) => f.label === "Số định danh cá nhân").map((f) => f.value);
    expect(ids).toEqual(["064221000657", "064198004512", "064095001873"]);
    // The parents named by number are people the register knows: their nationality and residence are printed, not "—".
    expect(missingFields(r3)).toEqual([]);
  });
});

describe("what a record lacks, in Vietnamese", () => {
  it("a complete marriage lacks nothing", async () => {
    expect(missingFields(await get("HT-KH-R2"))).toEqual([]);
    expect(missingFieldsText([])).toBeNull();
  });

  it("a legacy birth: the child's ID number and the parents' ethnicity, nationality and residence", async () => {
    expect(missingFields(await get("HT-KS-R6"))).toEqual([
      "Số định danh cá nhân",
      "Dân tộc (người mẹ)", "Quốc tịch (người mẹ)", "Nơi cư trú (người mẹ)",
      "Dân tộc (người cha)", "Quốc tịch (người cha)", "Nơi cư trú (người cha)",
    ]);
  });

  it("a digitised marriage without identity papers names the side", async () => {
    const missing = missingFields(await get("HT-KH-R4"));
    expect(missing).toEqual(["Giấy tờ tùy thân (bên chồng)", "Giấy tờ tùy thân (bên vợ)"]);
    expect(missingFieldsText(missing)).toBe("Bản ghi thiếu thông tin: Giấy tờ tùy thân (bên chồng); Giấy tờ tùy thân (bên vợ).");
  });

  it("a death without the hour, and a birth without a father", () => {
    const death = { id: "X", type: "DEATH", origin: "digitised", quality: "verified", subject: { personalId: "052050000001", fullName: "A", sex: "M", dateOfBirth: "1950", ethnicity: "Kinh", nationality: "Việt Nam", residence: "x", identityPaper: { kind: "CCCD", number: "052050000001" } },
      death: { dateOfDeath: "2013-05-14", timeOfDeath: null, placeOfDeath: "p", causeOfDeath: null }, related: [], details: {}, notes: [],
      registration: { entryNumber: "1", bookNumber: null, registeredOn: "2013-05-20", authority: "UBND", currentCommuneCode: null } } as CivilRecord;
    expect(missingFields(death)).toEqual(["Giờ, phút chết", "Nguyên nhân chết"]);
    const birth = { ...death, type: "BIRTH", death: null, subject: { ...death.subject!, placeOfBirth: "p", hometown: "h" }, father: null, mother: { fullName: "M", birthYear: 1930, ethnicity: "Kinh", nationality: "Việt Nam", residence: "r" } } as CivilRecord;
    expect(missingFields(birth)).toEqual(["Họ, chữ đệm, tên người cha"]);
  });
});
