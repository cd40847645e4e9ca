import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { actorsOf } from "../helpers/actors";
import { fakeSession } from "../helpers/fake-session";
import { runSeed } from "@/lib/seed/run-seed";
import type { Actor } from "@/lib/auth/actor";
import type { Deps } from "@/lib/server/deps";

// The dashboard's live tiles refetch through a GET route (not a server action, which a page runs one
// at a time): only for those who may view the dashboard, never cached.
const world = vi.hoisted(() => ({ deps: {} as Deps }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).sessionModule());
vi.mock("@/lib/server/deps", () => ({
  resolveDeps: (deps: Deps = {}) => ({ db: deps.db ?? world.deps.db, now: deps.now ?? new Date() }),
  resolveSystems: () => ({}),
}));

const { GET } = await import("@/app/api/reports/dashboard-live/route");

let t: TestDatabase;
let actors: Record<string, Actor>;
const get = (query = "") => GET(new Request(`http://portal.test/api/reports/dashboard-live${query}`));

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  world.deps = { db: t.prisma };
  actors = await actorsOf(t.prisma, ["stp.canbo", "pleiku.canbo", "admin"]);
});
afterAll(async () => t?.cleanup());

describe("GET /api/reports/dashboard-live", () => {
  it("gives Sở Tư pháp the month's tiles, uncached", async () => {
    fakeSession.actor = actors["stp.canbo"]!;
    const res = await get("?month=2026-11");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const body = (await res.json()) as { monthKey: string; availability: unknown[]; overdue: unknown[]; probeIntervalSeconds: number };
    expect(body.monthKey).toBe("2026-11");
    expect(Array.isArray(body.availability)).toBe(true);
    expect(body.probeIntervalSeconds).toBeGreaterThan(0);
  });

  it("refuses a commune officer, an administrator and nobody signed in with 404", async () => {
    for (const actor of [actors["pleiku.canbo"]!, actors.admin!, null]) {
      fakeSession.actor = actor;
      expect((await get("?month=2026-11")).status).toBe(404);
    }
  });

  it("reads a malformed month as the page does: the current reporting month, not an error", async () => {
    fakeSession.actor = actors["stp.canbo"]!;
    const [bad, none] = await Promise.all([get("?month=2026-11'--"), get()]);
    expect(bad.status).toBe(200);
    expect(((await bad.json()) as { monthKey: string }).monthKey).toBe(((await none.json()) as { monthKey: string }).monthKey);
  });
});
