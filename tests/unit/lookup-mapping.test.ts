import { describe, expect, it } from "vitest";
import { ZCivilRecord, type CivilRecord, type Match } from "@/lib/adapters/civil-registry/port";
import { ZApiLookupRequest, toLookupInput } from "@/lib/lookups/api-schemas";
import { toResultItem } from "@/lib/lookups/result-item";

// The two mappings at the edges of a lookup: an API request body to the use case's input, and a
// national-system record to the row a results list shows.

const body = (query: unknown, extra: Record<string, unknown> = {}) => ZApiLookupRequest.parse({
  unitCode: "23086",
  purpose: { kind: "dossier", dossierCode: "HS-001", procedureCode: "1.000894", replacesPapers: ["birth-certificate", "death-certificate", "birth-certificate"] },
  query,
  ...extra,
});

describe("toLookupInput", () => {
  it("an API dossier purpose becomes a DOSSIER purpose, each paper once", () => {
    expect(toLookupInput(body({ personalId: "052187003321" })).purpose).toEqual({ kind: "DOSSIER", dossierCode: "HS-001", procedureCode: "1.000894", replacesPapers: ["birth-certificate", "death-certificate"] });
  });

  it("a personal ID is a search by personalId, with the event types asked", () => {
    expect(toLookupInput(body({ personalId: "052187003321" }, { eventTypes: ["BIRTH"] })).query).toEqual({ by: "personalId", personalId: "052187003321", eventTypes: ["BIRTH"] });
  });

  it("a name and date of birth is a search by name; an entry number a search by registration", () => {
    expect(toLookupInput(body({ fullName: "Nguyễn Thị Hồng", dateOfBirth: "1987-04-23" })).query).toMatchObject({ by: "name", fullName: "Nguyễn Thị Hồng", dateOfBirth: "1987-04-23" });
    expect(toLookupInput(body({ entryNumber: "15", bookNumber: "01" })).query).toMatchObject({ by: "registration", entryNumber: "15", bookNumber: "01" });
  });
});

const birth: CivilRecord = ZCivilRecord.parse({
  id: "HT-KS-T1", type: "BIRTH", origin: "digitised", quality: "verified",
  subject: { personalId: "064221000657", fullName: "Rơ Mah Minh Khôi", sex: "M", dateOfBirth: "2021-03-02", placeOfBirth: "Pleiku" },
  father: { fullName: "Ksor Bơ", personalId: null },
  mother: { fullName: "Rơ Mah H'Lan", personalId: "064198004512", birthYear: 1998 },
  registration: { entryNumber: "15", bookNumber: "01", registeredOn: "2021-03-10", authority: "UBND phường Hội Thương", currentCommuneCode: "23086" },
});
const exact = (reasons: Match["reasons"]): Match => ({ score: 1, level: "exact", reasons });

describe("toResultItem", () => {
  it("a search by the subject's number shows the subject, the parents beside, the unit by name", () => {
    const row = toResultItem(birth, exact(["personal_id"]), new Map([["23086", "Phường Pleiku"]]), { by: "personalId", personalId: "064221000657" });
    expect(row).toMatchObject({
      recordId: "HT-KS-T1", type: "BIRTH", fullName: "Rơ Mah Minh Khôi", personalId: "064221000657", dateOfBirth: "2021-03-02",
      registeredOn: "2021-03-10", authority: "UBND phường Hội Thương", currentUnit: { code: "23086", name: "Phường Pleiku" },
      origin: "digitised", quality: "verified", match: { level: "exact" }, matched: { key: "subject" },
    });
    expect(row.related).toContain("Ksor Bơ");
    expect(row.parties.map((p) => p.key)).toEqual(["subject", "father", "mother"]);
  });

  it("an unknown commune code is shown as the code; a register outside the province as no unit", () => {
    expect(toResultItem(birth, exact(["personal_id"]), new Map(), null).currentUnit).toEqual({ code: "23086", name: "23086" });
    const outside = { ...birth, registration: { ...birth.registration, currentCommuneCode: null } };
    expect(toResultItem(outside, exact(["personal_id"]), new Map(), null).currentUnit).toBeNull();
  });

  it("no query shows the record's subject; a given `matched` overrides the query's", () => {
    expect(toResultItem(birth, exact(["entry_number"]), new Map(), null)).toMatchObject({ fullName: "Rơ Mah Minh Khôi", matched: null });
    const row = toResultItem(birth, exact(["personal_id"]), new Map(), { by: "personalId", personalId: "064221000657" }, null);
    expect(row.matched).toBeNull();
  });

  it("lists no more of a person than the results row needs (Nghị định 13/2023)", () => {
    const row = toResultItem(birth, exact(["personal_id"]), new Map(), null);
    expect(Object.keys(row.parties[0]!).sort()).toEqual(["dateOfBirth", "fullName", "key", "personalId", "roleLabel"]);
    expect(JSON.stringify(row)).not.toContain('"Pleiku"'); // the place of birth is not in the row
  });
});
