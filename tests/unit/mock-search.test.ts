import { compactFold } from "@/lib/text/normalize";
import { beforeAll, describe, expect, it } from "vitest";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilRegistryPort, CivilSearch, CivilSearchResult } from "@/lib/adapters/civil-registry/port";
import { UpstreamError } from "@/lib/adapters/errors";
import { generateDataset, type MockDataset } from "@/mock-national/data";
import { issueOfficerCredential } from "@/lib/adapters/population/credential";
import { createMockPopulation } from "@/mock-national/population";
import type { PopulationPort } from "@/lib/adapters/population/port";

const ctx = { officerId: "officer-1", unitCode: "23575" };
let ds: MockDataset;
let registry: CivilRegistryPort;
beforeAll(() => {
  ds = generateDataset({ people: 2_000 });
  registry = createMockCivilRegistry(ds);
});

const search = (q: CivilSearch, limit?: number) => registry.search(q, ctx, limit === undefined ? undefined : { limit });
const ids = (r: CivilSearchResult) => r.results.map((x) => x.record.id);
const hit = (r: CivilSearchResult, id: string) => r.results.find((x) => x.record.id === id);

describe("reference cases", () => {
  it.each(["Ro Mah H Lan", "ro mah hlan", "Rơ Mah H’Lan", "RƠ MAH H'LAN", "Rmah Hlan", "Rơ Mah H' Lan"])("P1: '%s' with her date of birth finds her birth first", async (name) => {
    const r = await search({ by: "name", fullName: name, dateOfBirth: "1998-03-12" });
    expect(ids(r)[0]).toBe("HT-KS-R1");
    expect(ids(r)).toContain("HT-KH-R2");
    expect(r.results[0]!.match.level).toMatch(/exact|probable/);
  });

  it("P1 typed exactly is an exact match on name and date", async () => {
    const r = await search({ by: "name", fullName: "Rơ Mah H'Lan", dateOfBirth: "1998-03-12" });
    expect(r.results[0]!.match).toEqual({ score: 1, level: "exact", reasons: ["name_exact", "dob_exact"], party: "subject" });
  });

  it("P3's birth record names both parents by ID", async () => {
    const record = await registry.getRecord("HT-KS-R3", ctx);
    expect([record?.father?.personalId, record?.mother?.personalId]).toEqual(["064095001873", "064198004512"]);
  });

  it.each([
    ["Le Van Tam", "1979", "dob_partial"],
    ["Lê Văn Tám", "1979-01-15", "dob_partial"],
    ["le van tam", "1979-01", "dob_exact"],
  ])("P7: '%s' born %s is offered R6 as a probable match, never an exact one", async (name, dob, dobReason) => {
    const r = await search({ by: "name", fullName: name, dateOfBirth: dob });
    const r6 = hit(r, "HT-KS-R6");
    expect(r6?.match.level).toBe("probable");
    expect(r6?.match.reasons).toEqual(["name_folded", dobReason]);
    expect(r6?.record.subject?.personalId).toBeNull();
  });

  it("P9/P10: name and date return both Nguyễn Văn An, told apart by ID, parents and place", async () => {
    const r = await search({ by: "name", fullName: "Nguyễn Văn An", dateOfBirth: "1990-01-01" });
    const [a, b] = [hit(r, "HT-KS-R8")!, hit(r, "HT-KS-R9")!];
    expect([a.match.level, b.match.level]).toEqual(["exact", "exact"]);
    expect(a.record.subject?.personalId).not.toBe(b.record.subject?.personalId);
    expect(a.record.father?.fullName).not.toBe(b.record.father?.fullName);
    expect(a.record.registration.authority).not.toBe(b.record.registration.authority);
  });

  it("P9/P10: the father's name puts the right one first and marks the other possible", async () => {
    const r = await search({ by: "name", fullName: "nguyen van an", dateOfBirth: "1990-01-01", fatherName: "Nguyen Van Cuong", motherName: "Le Thi Hoa" });
    expect(ids(r)[0]).toBe("HT-KS-R9");
    expect(r.results[0]!.match.reasons).toEqual(expect.arrayContaining(["father_name", "mother_name"]));
    expect(hit(r, "HT-KS-R8")?.match.level).toBe("possible");
  });

  it("P8: the population database's date finds the record with day and month swapped", async () => {
    const r = await search({ by: "name", fullName: "Pham Ngoc Anh", dateOfBirth: "2001-05-07" });
    expect(hit(r, "HT-KS-R7")?.match).toMatchObject({ level: "probable", reasons: ["name_folded", "dob_swapped"] });
  });

  it.each([
    ["Nguyen Thi Hong", "1987-04-23", "HT-KH-R4"],
    ["Tran Van Hung", "1985-11-30", "HT-KH-R4"],
    ["Dinh Van Thuk", "1950-01-01", "HT-KT-R5"],
    ["Vu Minh Trang", "2000-10-20", "HT-KS-R10"],
    ["Ksor Bo", "1995-08-02", "HT-KH-R2"],
    ["Ro Mah Minh Khoi", "2021-09-02", "HT-KS-R3"],
    ["Rơ Mah MinhKhôi", "2021-09-02", "HT-KS-R3"],
    ["RơMah MinhKhôi", "2021-09-02", "HT-KS-R3"],
  ])("accent-free '%s' (%s) finds %s", async (name, dob, id) => {
    expect(ids(await search({ by: "name", fullName: name, dateOfBirth: dob }))).toContain(id);
  });

  it("marriage: the spouse's name and date of birth confirm the couple", async () => {
    const r = await search({ by: "name", fullName: "Nguyễn Thi Hồng", dateOfBirth: "1987-04-23", spouseName: "Tran Van Hung", spouseDateOfBirth: "1985-11-30" });
    expect(hit(r, "HT-KH-R4")?.match.reasons).toEqual(expect.arrayContaining(["name_folded", "dob_exact", "spouse_name"]));
  });
});

describe("the person a result was found through (match.party)", () => {
  const firstOf = (type: number, test: (r: ReturnType<MockDataset["record"]>) => boolean) => {
    for (let i = 0; i < ds.records.count; i++) if (ds.records.type[i] === type && test(ds.record(i))) return ds.record(i);
    throw new Error(`no record of type ${type} in the dataset`);
  };

  it("R4, Nguyễn Thị Hồng's marriage: by her number or her name it is the wife, by his the husband", async () => {
    expect(hit(await search({ by: "personalId", personalId: "052187003321" }), "HT-KH-R4")?.match.party).toBe("wife");
    expect(hit(await search({ by: "name", fullName: "nguyen thi hong", dateOfBirth: "1987-04-23" }), "HT-KH-R4")?.match.party).toBe("wife");
    expect(hit(await search({ by: "personalId", personalId: "052085002190" }), "HT-KH-R4")?.match.party).toBe("husband");
    expect(hit(await search({ by: "name", fullName: "Trần Văn Hùng", dateOfBirth: "1985-11-30" }), "HT-KH-R4")?.match.party).toBe("husband");
  });

  it.each([
    ["parentage", 3, 0],
    ["guardianship", 4, 0],
    ["adoption (adoptive father)", 7, 0],
    ["adoption (adoptive mother)", 7, 1],
  ])("%s: the subject by their number, the person in related[i] by theirs", async (_label, type, i) => {
    const record = firstOf(type, (r) => !!r.subject?.personalId && !!r.related[i]?.personalId);
    expect(hit(await search({ by: "personalId", personalId: record.subject!.personalId! }), record.id)?.match.party).toBe("subject");
    expect(hit(await search({ by: "personalId", personalId: record.related[i]!.personalId! }), record.id)?.match.party).toBe(`related.${i}`);
  });

  it("a search by registration keys names no one", async () => {
    const r = await search({ by: "registration", entryNumber: "12", bookNumber: "01/2019", eventTypes: ["MARRIAGE"] });
    expect(hit(r, "HT-KH-R2")?.match.party).toBeUndefined();
  });
});

describe("search keys", () => {
  it("by ID returns the person's own events, and the eventTypes filter narrows them", async () => {
    expect(ids(await search({ by: "personalId", personalId: "064198004512" }))).toEqual(["HT-KS-R1", "HT-KH-R2"]);
    expect(ids(await search({ by: "personalId", personalId: "064198004512", eventTypes: ["MARRIAGE"] }))).toEqual(["HT-KH-R2"]);
    expect(ids(await search({ by: "personalId", personalId: "064098999999" }))).toEqual([]);
  });

  it("by registration: entry, book and the authority as named then, or the commune holding it now", async () => {
    const old = await search({ by: "registration", entryNumber: "45", bookNumber: "01/1998", authority: "UBND thị trấn Ia Kha, huyện Ia Grai, tỉnh Gia Lai" });
    expect(ids(old)).toEqual(["HT-KS-R1"]);
    expect(old.results[0]!.match).toMatchObject({ level: "exact", reasons: ["entry_number", "book_number", "authority"] });
    expect(ids(await search({ by: "registration", entryNumber: "45", bookNumber: "1/1998", authority: "Xã Ia Grai" }))).toEqual(["HT-KS-R1"]);
    expect(ids(await search({ by: "registration", entryNumber: "8", registeredOn: "2024-11", authority: "kon pne" }))).toEqual(["HT-KT-R5"]);
    expect(ids(await search({ by: "registration", entryNumber: "45", bookNumber: "02/1998", authority: "Ia Kha" }))).toEqual([]);
    expect(ids(await search({ by: "registration", entryNumber: "31", authority: "Phường Quy Nhơn", eventTypes: ["BIRTH"] }))).not.toContain("HT-KH-R4");
  });

  it("finds generated records by their registration as materialised", async () => {
    for (const r of [500, 1_000, 1_500]) {
      const record = ds.record(r);
      const { entryNumber, bookNumber, authority } = record.registration;
      expect(ids(await search({ by: "registration", entryNumber, bookNumber: bookNumber ?? undefined, authority }))).toContain(record.id);
    }
  });

  it("limits results to 20 by default and 50 at most, saying when it truncated", async () => {
    const q: CivilSearch = { by: "registration", entryNumber: "1" };
    const all = await search(q, 50);
    expect(all.results).toHaveLength(50);
    expect(all.truncated).toBe(true);
    expect((await search(q)).results).toHaveLength(20);
    expect((await search(q, 500)).results).toHaveLength(50);
    const few = await search(q, 3);
    expect([few.results.length, few.truncated]).toEqual([3, true]);
    expect((await search({ by: "personalId", personalId: "064198004512" }, 50)).truncated).toBe(false);
  });

  it("finds generated legacy records under spelling variants of the population database's name", async () => {
    let checked = 0;
    for (const [key, variant] of ds.recordNames) {
      const r = key >> 1, role = (key & 1) as 0 | 1;
      if (r < 10 || checked >= 40 || ds.records.type[r]! > 2) continue;
      const person = role === 0 ? ds.records.subj[r]! : ds.records.other[r]!;
      const citizen = ds.citizen(person);
      if (!citizen || variant === citizen.fullName) continue;
      const found = hit(await search({ by: "name", fullName: citizen.fullName, dateOfBirth: citizen.dateOfBirth }, 50), ds.recordId(r));
      expect(found, `${citizen.fullName} vs ${variant}`).toBeDefined();
      // The same letters accent-free ("Nguyen Thi Hong", "Thi" for "Thị") is the top level; another spelling is not.
      const sameDate = found!.record.subject?.dateOfBirth === citizen.dateOfBirth || found!.match.party !== "subject";
      if (compactFold(variant) !== compactFold(citizen.fullName)) expect(found!.match.level).not.toBe("exact");
      else if (sameDate && found!.match.reasons.includes("dob_exact")) expect(found!.match.level).toBe("exact");
      checked++;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it("does not take a different short name for a variant (Hùng is not Dũng)", async () => {
    const r = await search({ by: "name", fullName: "Nguyễn Văn Dũng", dateOfBirth: "1990-01-01" });
    expect(ids(r)).not.toContain("HT-KS-R8");
  });

  it("refuses a malformed query; getRecord knows ids and nothing else; health is in-process", async () => {
    await expect(search({ by: "personalId", personalId: "123" })).rejects.toMatchObject({ kind: "refused", upstreamCode: "BAD_REQUEST" });
    expect((await registry.getRecord("HT-KS-R1", ctx))?.subject?.fullName).toBe("Rơ Mah H'Lan");
    expect(await registry.getRecord("HT-KH-R1", ctx)).toBeNull();
    expect(await registry.getRecord("HT-KS-9999999", ctx)).toBeNull();
    expect(await registry.getRecord(ds.recordId(100), ctx)).toMatchObject({ id: ds.recordId(100) });
    expect(await registry.health()).toEqual({ ok: true, latencyMs: 0, breaker: "closed", mode: "in-process" });
  });
});

describe("mock population database", () => {
  const secret = "test-secret";
  const claims = { officerId: "officer-1", unitCode: "23575", grantDecision: "QĐ 123/QĐ-BCA", validUntil: "2026-12-31", issuedAt: "2026-11-28T01:00:00Z" };
  let population: PopulationPort;
  beforeAll(() => {
    population = createMockPopulation(ds, { credentialSecret: secret, today: () => "2026-11-28" });
  });
  const refusal = async (credential: string) => {
    const error = await population.getCitizen("064198004512", credential, {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ system: "population", kind: "refused" });
    return (error as UpstreamError).upstreamCode;
  };

  it("refuses without a credential, with a bad one and with an expired grant", async () => {
    expect(await refusal("")).toBe("GRANT_REQUIRED");
    expect(await refusal(issueOfficerCredential("another-secret", claims))).toBe("BAD_CREDENTIAL");
    expect(await refusal("not-a-token")).toBe("BAD_CREDENTIAL");
    expect(await refusal(issueOfficerCredential(secret, { ...claims, validUntil: "2026-11-27" }))).toBe("GRANT_EXPIRED");
  });

  it("answers a granted officer: the citizen, a deceased one, or null", async () => {
    const credential = issueOfficerCredential(secret, claims);
    expect(await population.getCitizen("064301002846", credential, {})).toMatchObject({ fullName: "Phạm Ngọc Ánh", dateOfBirth: "2001-05-07", status: "alive" });
    expect(await population.getCitizen("064050000412", credential, {})).toMatchObject({ status: "deceased", dateOfDeath: "2024-11-05", maritalStatus: "widowed" });
    expect(await population.getCitizen("064098999999", credential, {})).toBeNull();
    const generated = ds.citizen(1_000)!;
    expect(await population.getCitizen(generated.personalId, credential, {})).toEqual(generated);
    expect(await population.health()).toEqual({ ok: true, latencyMs: 0, breaker: "closed", mode: "in-process" });
  });
});
