import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import { env } from "@/lib/server/env";
import type { Deps } from "@/lib/server/deps";
import { fakeSession } from "../helpers/fake-session";

// The monitoring page's two server entry points, called as Next calls them: the signed-in person
// comes from the session (here chosen per test), the database and the national systems are this
// file's own.
const world = vi.hoisted(() => ({ deps: {} as Deps }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).sessionModule());
vi.mock("@/lib/server/deps", () => ({
  resolveDeps: (deps: Deps = {}) => ({ db: deps.db ?? world.deps.db, now: deps.now ?? new Date() }),
  resolveSystems: (deps: Deps = {}) => ({ civilRegistry: deps.civilRegistry ?? world.deps.civilRegistry, population: deps.population ?? world.deps.population }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": "monitoring-test" }) }));

const { probeNowAction } = await import("@/lib/admin/monitoring/actions");
const { GET } = await import("@/app/api/admin/monitoring/route");

let t: TestDatabase;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const dataset = generateDataset({ people: 200 });
  world.deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(dataset), population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret }) };
  for (const username of ["admin", "pleiku.canbo", "pleiku.lanhdao", "stp.canbo"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, u.sessionVersion))!;
  }
});
afterAll(async () => t?.cleanup());

describe("connection monitoring is for administrators only", () => {
  it("refuses everyone else: the probe action shows the not-found page and probes nothing, the figures answer 404", async () => {
    for (const username of ["pleiku.canbo", "pleiku.lanhdao", "stp.canbo"]) {
      fakeSession.actor = actors[username]!;
      await expect(probeNowAction()).rejects.toMatchObject({ digest: expect.stringContaining("404") });
      const res = await GET();
      expect(res.status).toBe(404);
      expect(res.headers.get("cache-control")).toContain("no-store");
      expect(await res.text()).not.toContain("probeIntervalSeconds");
    }
    expect(await t.prisma.systemProbe.count()).toBe(0);
    fakeSession.actor = null;
    expect((await GET()).status).toBe(404);
  });

  it("lets an administrator probe now and read the figures, never cached", async () => {
    fakeSession.actor = actors.admin!;
    const probed = await probeNowAction();
    expect(probed.error).toBeUndefined();
    expect(probed.done).toMatch(/Hộ tịch điện tử: hoạt động .* · CSDL dân cư: hoạt động/);
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const body = await res.json();
    expect(body.probeIntervalSeconds).toEqual(expect.any(Number));
    expect(body.recent).toHaveLength(2);
    expect(body.stats.map((s: { system: string; day: { probes: number } }) => [s.system, s.day.probes])).toEqual([["civil-registry", 1], ["population", 1]]);
  });
});
