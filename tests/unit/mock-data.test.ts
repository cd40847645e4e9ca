import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { ZCivilRecord } from "@/lib/adapters/civil-registry/port";
import { ZCitizen } from "@/lib/adapters/population/port";
import { datasetStats, generateDataset, isPersonalIdConsistent, type MockDataset } from "@/mock-national/data";
import { OUTSIDE } from "@/mock-national/data/places";
import { loadReference } from "@/mock-national/data/reference";
import { nameTokens } from "@/mock-national/civil-registry/names";
import { NAME_PARTS, joinParts } from "@/mock-national/data/names";
import referenceFile from "@/prisma/data/reference-people.json";
import { loadReferenceData } from "@/lib/units/data";
import { buildAuthorityIndex, matchAuthority } from "@/lib/units/resolve-authority";

let small: MockDataset;
let large: MockDataset;
beforeAll(() => {
  small = generateDataset({ people: 2_000 });
  large = generateDataset({ people: 20_000 });
});

const allRecords = (ds: MockDataset) => Array.from({ length: ds.records.count }, (_, r) => ds.record(r));
const allCitizens = (ds: MockDataset) => Array.from({ length: ds.people.count }, (_, p) => ds.citizen(p));
const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

describe("determinism", () => {
  it("gives byte-identical records, ids and citizens for the same people and seed", () => {
    const again = generateDataset({ people: 2_000 });
    expect(digest(allRecords(again))).toBe(digest(allRecords(small)));
    expect(digest(allCitizens(again))).toBe(digest(allCitizens(small)));
  });

  it("gives different people for another seed", () => {
    const other = generateDataset({ people: 2_000, seed: 1 });
    expect(digest(allCitizens(other))).not.toBe(digest(allCitizens(small)));
  });
});

describe("personal ID numbers", () => {
  const prefixes = new Set(["064", "052", ...OUTSIDE.map((o) => o.idPrefix)]);

  it("agree with date of birth and sex (G and YY), use known province prefixes and are unique", () => {
    const seen = new Set<string>();
    for (const c of allCitizens(large)) {
      if (!c) continue;
      expect(isPersonalIdConsistent(c.personalId, c.dateOfBirth, c.sex), `${c.personalId} ${c.dateOfBirth} ${c.sex}`).toBe(true);
      expect(prefixes.has(c.personalId.slice(0, 3))).toBe(true);
      expect(seen.has(c.personalId)).toBe(false);
      seen.add(c.personalId);
    }
    expect(seen.size).toBeGreaterThan(18_000);
  });

  it("never gives a generated person a reference citizen's number", () => {
    for (const p of referenceFile.people) {
      let holders = 0;
      for (let i = 0; i < large.people.count; i++) if (large.people.pid[i] === Number(p.personalId)) holders++;
      expect(holders, p.ref).toBe(1);
    }
  });

  it("flags a contradiction between number and date or sex", () => {
    expect(isPersonalIdConsistent("064198004512", "1998-03-12", "F")).toBe(true);
    expect(isPersonalIdConsistent("064198004512", "1998-03-12", "M")).toBe(false);
    expect(isPersonalIdConsistent("064221000657", "2021-09-02", "M")).toBe(true);
    expect(isPersonalIdConsistent("064221000657", "1921-09-02", "M")).toBe(false);
  });
});

describe("reference citizens and records", () => {
  it("are present exactly as written, in both systems", () => {
    const ref = loadReference();
    for (const p of referenceFile.people) {
      const citizen = small.citizen(small.personIndex(p.personalId));
      expect(citizen).toMatchObject({
        personalId: p.personalId, fullName: p.fullName, sex: p.sex, dateOfBirth: p.dateOfBirth, ethnicity: p.ethnicity, hometown: p.hometown,
        residence: { communeCode: p.residenceCommuneCode, address: p.residenceAddress }, maritalStatus: p.maritalStatus, status: p.status,
        dateOfDeath: p.dateOfDeath ?? null,
      });
    }
    expect(small.citizen(small.personIndex("064221000657"))).toMatchObject({ fatherId: "064095001873", motherId: "064198004512", spouseId: null });
    expect(small.citizen(small.personIndex("064198004512"))?.spouseId).toBe("064095001873");
    for (const [i, r] of referenceFile.records.entries()) {
      const record = small.record(small.recordIndex(ref.records[i]!.id));
      expect(record.id).toBe(`HT-${{ birth: "KS", marriage: "KH", death: "KT" }[r.type]}-${r.ref}`);
      expect(record.registration).toEqual({ entryNumber: r.entryNumber, bookNumber: r.bookNumber, registeredOn: r.registeredOn, authority: r.authority, currentCommuneCode: r.currentCommuneCode });
      expect([record.origin, record.quality]).toEqual([r.origin, r.quality]);
      if (r.type === "marriage") {
        expect(record.spouses?.husband).toMatchObject({ ...r.husband, sex: "M" });
        expect(record.spouses?.wife).toMatchObject({ ...r.wife, sex: "F" });
      } else expect(record.subject).toMatchObject({ personalId: r.personalId, fullName: r.fullName, dateOfBirth: r.dateOfBirth });
    }
  });

  it("map the JSON's fields onto the port: R6 is the legacy 1979 page, R5 carries the death", () => {
    expect(small.record(small.recordIndex("HT-KS-R6"))).toEqual({
      id: "HT-KS-R6", type: "BIRTH", origin: "digitised", quality: "needs_review",
      subject: { personalId: null, fullName: "Lê Văn Tâm", sex: "M", dateOfBirth: "1979-01", placeOfBirth: "Xã Nhơn Hậu, huyện An Nhơn, tỉnh Nghĩa Bình", hometown: "Nhơn Hậu, An Nhơn, Nghĩa Bình", ethnicity: "Kinh", nationality: "Việt Nam" },
      father: { fullName: "Lê Văn Sáu", birthYear: 1950 }, mother: { fullName: "Đỗ Thị Mười", birthYear: 1953 },
      related: [], details: {}, notes: [], duplicateOf: null,
      registration: { entryNumber: "112", bookNumber: "01/1979", registeredOn: "1979-02-10", authority: "UBND xã Nhơn Hậu, huyện An Nhơn, tỉnh Nghĩa Bình", currentCommuneCode: "21910" },
    });
    expect(small.record(small.recordIndex("HT-KT-R5")).death).toEqual({ dateOfDeath: "2024-11-05", timeOfDeath: "04:30", placeOfDeath: "Làng Kon Pne, xã Kon Pne, huyện KBang, tỉnh Gia Lai", causeOfDeath: "Bệnh già" });
  });

  it("gives the reference marriages' spouses and the deceased what the population database knows: nationality, residence, identity paper", () => {
    const r2 = small.record(small.recordIndex("HT-KH-R2"));
    expect(r2.spouses?.husband).toMatchObject({ nationality: "Việt Nam", residence: "Làng Ia Kha, Xã Ia Grai, Tỉnh Gia Lai", identityPaper: { kind: "CCCD", number: "064095001873" } });
    expect(r2.spouses?.wife).toMatchObject({ nationality: "Việt Nam", residence: "Làng Ia Kha, Xã Ia Grai, Tỉnh Gia Lai", identityPaper: { kind: "CCCD", number: "064198004512" } });
    // R4 is a digitised 2012 page: residence and nationality as the population database has them, the paper unknown.
    const r4 = small.record(small.recordIndex("HT-KH-R4"));
    expect(r4.spouses?.wife).toMatchObject({ nationality: "Việt Nam", residence: "12 Lê Lợi, Phường Quy Nhơn, Tỉnh Gia Lai", identityPaper: null });
    expect(small.record(small.recordIndex("HT-KT-R5")).subject).toMatchObject({ residence: "Làng Kon Pne, Xã Đak Rong, Tỉnh Gia Lai", identityPaper: { kind: "CCCD", number: "064050000412" } });
  });
});

describe("shape of the generated data", () => {
  it("every record and citizen parses with the port schemas", () => {
    for (const r of allRecords(small)) expect(ZCivilRecord.safeParse(r).success, r.id).toBe(true);
    for (const c of allCitizens(small)) if (c) expect(ZCitizen.safeParse(c).success, c.personalId).toBe(true);
  });

  it("has every kind of event and realistic ethnic proportions for the new Gia Lai", () => {
    const s = datasetStats(large);
    for (const type of ["BIRTH", "MARRIAGE", "DEATH", "DIVORCE", "PARENTAGE", "CHANGE_CORRECTION", "GUARDIANSHIP", "ADOPTION"]) expect(s.byType[type], type).toBeGreaterThan(0);
    expect(s.ethnicity["Kinh"]).toBeGreaterThan(0.65);
    expect(s.ethnicity["Kinh"]).toBeLessThan(0.85);
    expect(s.ethnicity["Gia Rai"]).toBeGreaterThan(s.ethnicity["Ba Na"]!);
    expect(s.ethnicityOldBinhDinh["Kinh"]).toBeGreaterThan(0.94);
    const minorities = 1 - s.ethnicityOldGiaLai["Kinh"]!;
    expect(minorities).toBeGreaterThan(0.38);
    expect(minorities).toBeLessThan(0.52);
    for (const group of ["Tày", "Nùng", "Mường", "Hrê", "Chăm"]) expect(s.ethnicity[group], group).toBeGreaterThan(0);
  });

  it("leaves about a third of pre-2016 records without an ID, with partial dates, variants and duplicates", () => {
    const { legacy, disagreements, quality } = datasetStats(large);
    expect(legacy.withoutId / legacy.records).toBeGreaterThan(0.26);
    expect(legacy.withoutId / legacy.records).toBeLessThan(0.4);
    expect(legacy.partialDate / legacy.records).toBeGreaterThan(0.05);
    expect(legacy.variantName / legacy.records).toBeGreaterThan(0.08);
    expect(legacy.duplicates).toBeGreaterThan(0);
    expect(legacy.knownDuplicates).toBeLessThan(legacy.duplicates);
    expect(disagreements / large.people.count).toBeGreaterThan(0.002);
    expect(disagreements / large.people.count).toBeLessThan(0.008);
    for (const q of ["verified", "needs_review", "incomplete", "suspected_duplicate"]) expect(quality[q], q).toBeGreaterThan(0);
  });

  it("links families: parents exist, are older and of the right sex; spouses point at each other", () => {
    let checked = 0;
    for (const c of allCitizens(large)) {
      if (!c?.fatherId || !c.motherId) continue;
      const father = large.citizen(large.personIndex(c.fatherId))!;
      const mother = large.citizen(large.personIndex(c.motherId))!;
      expect([father.sex, mother.sex]).toEqual(["M", "F"]);
      expect(father.dateOfBirth < c.dateOfBirth && mother.dateOfBirth < c.dateOfBirth).toBe(true);
      const spouse = c.spouseId ? large.citizen(large.personIndex(c.spouseId)) : null;
      // Someone who died married keeps the spouse; the survivor is widowed.
      if (spouse && c.status === "alive" && spouse.status === "alive") expect(spouse.spouseId).toBe(c.personalId);
      checked++;
    }
    expect(checked).toBeGreaterThan(5_000);
  });

  it("spells Jrai, Bahnar and Kinh names the local way", () => {
    const names = allCitizens(large).flatMap((c) => (c ? [c] : []));
    const jrai = names.filter((c) => c.ethnicity === "Gia Rai");
    expect(jrai.some((c) => /^(Rơ Mah|Ksor|Siu|Nay|Rơ Lan|Kpă|Puih) /.test(c.fullName))).toBe(true);
    expect(jrai.filter((c) => c.sex === "F").some((c) => / H'\p{L}/u.test(c.fullName))).toBe(true);
    expect(names.filter((c) => c.ethnicity === "Ba Na").some((c) => /^(Đinh|A|Y) /.test(c.fullName))).toBe(true);
    expect(names.filter((c) => c.ethnicity === "Kinh" && c.sex === "F").some((c) => / Thị /.test(c.fullName))).toBe(true);
  });

  it("splits names into parts whose match tokens equal the whole name's", () => {
    const P = large.people;
    for (let p = 11; p < P.count; p += 7) {
      const parts = [P.n0[p]!, P.n1[p]!, P.n2[p]!].flatMap((id) => (id ? nameTokens(NAME_PARTS[id]!) : []));
      expect(parts).toEqual(nameTokens(joinParts(P.n0[p]!, P.n1[p]!, P.n2[p]!)));
    }
  });
});

describe("registering authorities", () => {
  const index = buildAuthorityIndex(loadReferenceData());
  const codes = new Set(loadReferenceData().communes.map((c) => c.code));

  it("name the district before 1 July 2025 and not after; old province names before 1989/1991", () => {
    let mapped = 0, inProvince = 0;
    for (const r of allRecords(large).slice(10).filter((_, i) => i % 3 === 0)) {
      const { authority, registeredOn, currentCommuneCode } = r.registration;
      if (currentCommuneCode === null) {
        expect(OUTSIDE.some((o) => o.authorities.includes(authority)), authority).toBe(true);
        continue;
      }
      expect(codes.has(currentCommuneCode)).toBe(true);
      const parts = authority.split(", ");
      if (registeredOn >= "2025-07-01") expect(parts, authority).toHaveLength(2);
      else {
        expect(parts, authority).toHaveLength(3);
        expect(parts[1]).toMatch(/^(huyện|thị xã|thành phố) /);
        if (registeredOn < "1989-07-01" && /Bình Định|Nghĩa Bình/.test(authority)) expect(parts[2]).toBe("tỉnh Nghĩa Bình");
        if (registeredOn < "1991-08-12" && /Gia Lai/.test(authority)) expect(parts[2]).toBe("tỉnh Gia Lai - Kon Tum");
      }
      inProvince++;
      if (matchAuthority(index, authority)?.currentUnits.some((u) => u.code === currentCommuneCode)) mapped++;
    }
    // The portal's own resolver maps (almost) every generated authority to the commune holding it.
    expect(mapped / inProvince).toBeGreaterThan(0.97);
  });
});
