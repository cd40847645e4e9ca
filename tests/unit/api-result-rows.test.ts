import { describe, it, expect } from "vitest";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilSearch } from "@/lib/adapters/civil-registry/port";
import { toApiResult } from "@/lib/api/lookup-via-api";
import { toResultItem, type LookupResultItem } from "@/lib/lookups/result-item";

// The system API builds its rows straight from the records (toApiResult) instead of from the
// portal's rows, which carry the officer's extras. Both must say the same about every record: the
// API row is exactly the projection of the portal's row it was before.

const dataset = generateDataset({ people: 3_000 });
const registry = createMockCivilRegistry(dataset);
const units = new Map([["23575", "Phường Pleiku"]]);

function projection(r: LookupResultItem) {
  const { recordId, type, fullName, personalId, dateOfBirth, registeredOn, authority, origin, quality, match } = r;
  return {
    recordId, type, fullName, personalId, dateOfBirth, registeredOn, authority, origin, quality,
    currentUnitCode: r.currentUnit?.code ?? null,
    match: { score: match.score, level: match.level, reasons: match.reasons },
    matchedRole: r.matched?.role ?? null,
  };
}

describe("toApiResult", () => {
  it("equals the projection of the portal's row, by ID number, by name and date of birth, and by registration keys", async () => {
    const queries: CivilSearch[] = [];
    for (let p = 0; p < dataset.people.count && queries.length < 400; p += 7) {
      const c = dataset.citizen(p);
      if (c?.personalId) queries.push({ by: "personalId", personalId: c.personalId });
      if (c && /^\d{4}-\d{2}-\d{2}$/.test(c.dateOfBirth ?? "")) queries.push({ by: "name", fullName: c.fullName, dateOfBirth: c.dateOfBirth! });
    }
    let rows = 0;
    const roles = new Set<string | null>();
    for (const query of queries) {
      const answer = await registry.search(query, { officerId: "test", unitCode: "23575" });
      for (const { record, match } of answer.results) {
        const api = toApiResult(record, match, units, query);
        expect(api).toEqual(projection(toResultItem(record, match, units, query)));
        // A record taken from an earlier lookup keeps that lookup's person; registration keys name no one.
        expect(toApiResult(record, match, units, null)).toEqual(projection(toResultItem(record, match, units, null)));
        roles.add(api.matchedRole);
        rows += 1;
      }
    }
    expect(rows).toBeGreaterThan(300);
    // The cases that differ between the row shapes were met: couples found through either spouse.
    expect(roles.has("WIFE") || roles.has("HUSBAND")).toBe(true);
  });
});
