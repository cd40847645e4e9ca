import { describe, expect, it } from "vitest";
import { createCivilRegistry } from "@/lib/adapters/civil-registry";
import { lazily } from "@/lib/adapters/lazy";
import { createPopulation } from "@/lib/adapters/population";
import { parseEnv } from "@/lib/server/env";

// The factories load the mock national systems (mock-national/) by dynamic import() on first use,
// in "in-process" mode only.
describe("adapter factories in in-process mode", () => {
  const config = parseEnv({ NODE_ENV: "test", MOCK_PEOPLE: "200" });

  it("load the mocks on the first call and answer through them", async () => {
    const registry = createCivilRegistry(config);
    const population = createPopulation(config);
    await expect(registry.health()).resolves.toMatchObject({ ok: true, mode: "in-process" });
    await expect(registry.getRecord("no-such-record", { officerId: "u1", unitCode: "64" })).resolves.toBeNull();
    await expect(population.health()).resolves.toMatchObject({ ok: true, mode: "in-process" });
  });
});

describe("lazily", () => {
  it("loads once and shares the promise", async () => {
    let loads = 0;
    const get = lazily(async () => ++loads);
    expect(await Promise.all([get(), get()])).toEqual([1, 1]);
    expect(await get()).toBe(1);
  });

  it("forgets a failed load and tries again", async () => {
    let loads = 0;
    const get = lazily(async () => {
      loads += 1;
      if (loads === 1) throw new Error("first load fails");
      return loads;
    });
    await expect(get()).rejects.toThrow("first load fails");
    await expect(get()).resolves.toBe(2);
  });
});
