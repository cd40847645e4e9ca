import { beforeAll, describe, expect, it } from "vitest";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { generateDataset, type MockDataset } from "@/mock-national/data";
import { T } from "@/mock-national/data/columns";
import { Rng } from "@/mock-national/data/prng";
import { compactFold } from "@/lib/text/normalize";

// Search quality on a realistic volume: among 50,000 people, an officer who types a person's name
// and full date of birth exactly as the population database holds them must get that person's
// birth record first. Records that spell the name differently (legacy pages) must still be offered.

const ctx = { officerId: "quality", unitCode: "52" };
let ds: MockDataset;
let registry: CivilRegistryPort;
beforeAll(() => {
  ds = generateDataset({ people: 50_000 });
  registry = createMockCivilRegistry(ds);
});

/** Birth records of sampled people, chosen deterministically; `exact` when the record spells name and date as the population database. */
function sample(count: number, exact: boolean): { fullName: string; dateOfBirth: string; recordId: string }[] {
  const rng = new Rng(2024);
  const out: { fullName: string; dateOfBirth: string; recordId: string }[] = [];
  for (let guard = 0; out.length < count && guard < count * 500; guard++) {
    const p = rng.int(11, ds.people.count - 1);
    const citizen = ds.citizen(p);
    const birth = [...ds.recordsOfPerson(p)].find((r) => ds.records.type[r] === T.BIRTH && ds.records.subj[r] === p && ds.records.quality[r] !== 3);
    if (!citizen || birth === undefined) continue;
    const subject = ds.record(birth).subject!;
    const same = subject.fullName === citizen.fullName && subject.dateOfBirth === citizen.dateOfBirth;
    if (same !== exact || (!exact && subject.fullName === citizen.fullName)) continue;
    if (out.some((o) => o.recordId === ds.recordId(birth))) continue;
    out.push({ fullName: citizen.fullName, dateOfBirth: citizen.dateOfBirth, recordId: ds.recordId(birth) });
  }
  return out;
}

describe("search quality at 50,000 people", () => {
  it("exact name + full date of birth finds the person's own birth record first in at least 99% of cases", async () => {
    const people = sample(1_000, true);
    expect(people).toHaveLength(1_000);
    let first = 0;
    for (const p of people) {
      const r = await registry.search({ by: "name", fullName: p.fullName, dateOfBirth: p.dateOfBirth }, ctx);
      if (r.results[0]?.record.id === p.recordId) first++;
    }
    const rate = first / people.length;
    console.log(`search quality: own birth record first for ${first}/${people.length} (${(rate * 100).toFixed(1)}%)`);
    expect(rate).toBeGreaterThanOrEqual(0.99);
  });

  it("offers legacy birth records whose name is spelled differently: another spelling probable or possible, the same letters accent-free at the top level", async () => {
    const people = sample(300, false);
    expect(people.length).toBeGreaterThan(200);
    let found = 0;
    for (const p of people) {
      const r = await registry.search({ by: "name", fullName: p.fullName, dateOfBirth: p.dateOfBirth }, ctx, { limit: 50 });
      const hit = r.results.find((x) => x.record.id === p.recordId);
      if (!hit) continue;
      const sameLetters = compactFold(hit.record.subject!.fullName) === compactFold(p.fullName);
      if (sameLetters) expect(hit.match.level).toBe(hit.match.reasons.includes("dob_exact") ? "exact" : "probable");
      else expect(hit.match.level).not.toBe("exact");
      found++;
    }
    console.log(`search quality: variant-spelled legacy records offered for ${found}/${people.length} (${((found / people.length) * 100).toFixed(1)}%)`);
    expect(found / people.length).toBeGreaterThanOrEqual(0.95);
  });
});
