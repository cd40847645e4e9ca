import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { actorOf } from "../helpers/actors";
import { fakeSession } from "../helpers/fake-session";
import { runSeed } from "@/lib/seed/run-seed";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import { env } from "@/lib/server/env";
import type { Deps } from "@/lib/server/deps";

// A lookup from the portal's form, called as Next calls the server action: the proxy's request id
// in the headers must reach the access-log row, as it does for /api/v1 calls.
const world = vi.hoisted(() => ({ deps: {} as Deps, requestId: "portal-trace-0001" }));
vi.mock("@/lib/auth/session", async () => (await import("../helpers/fake-session")).sessionModule());
vi.mock("@/lib/server/deps", () => ({
  resolveDeps: (deps: Deps = {}) => ({ db: deps.db ?? world.deps.db, now: deps.now ?? new Date() }),
  resolveSystems: (deps: Deps = {}) => ({ civilRegistry: deps.civilRegistry ?? world.deps.civilRegistry, population: deps.population ?? world.deps.population }),
}));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": world.requestId, "x-forwarded-for": "10.0.0.8" }) }));

const { searchRecordsAction } = await import("@/lib/lookups/actions");

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const dataset = generateDataset({ people: 200 });
  world.deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(dataset), population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret }) };
  fakeSession.actor = await actorOf(t.prisma, "pleiku.canbo");
});
afterAll(async () => t?.cleanup());

function lookupForm(dossierCode: string): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries({ purposeKind: "DOSSIER", dossierCode, procedureCode: "1.000894", replacesPapers: "birth-certificate", searchBy: "personalId", personalId: "064198004512", eventTypes: "BIRTH" })) form.append(k, v);
  return form;
}

describe("the request id of a portal lookup", () => {
  it("is written on the access-log row of a search made through the form", async () => {
    const state = await searchRecordsAction({}, lookupForm("HS-TRACE-1"));
    expect(state.error).toBeUndefined();
    const lookupId = state.result!.lookupId;
    const row = await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId } });
    expect(row.requestId).toBe("portal-trace-0001");
  });

  it("a request id that is not a safe token is replaced, never written as given", async () => {
    world.requestId = "bad id <script>";
    const state = await searchRecordsAction({}, lookupForm("HS-TRACE-2"));
    const row = await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId: state.result!.lookupId } });
    expect(row.requestId).not.toBe(world.requestId);
    expect(row.requestId).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
  });
});
