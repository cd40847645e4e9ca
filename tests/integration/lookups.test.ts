import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import { UpstreamError } from "@/lib/adapters/errors";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { searchRecords } from "@/lib/lookups/search-records";
import { openRecord } from "@/lib/lookups/open-record";
import { listDossiers } from "@/lib/lookups/list-dossiers";
import { listLookups } from "@/lib/lookups/list-lookups";
import { lookupViaApi } from "@/lib/api/lookup-via-api";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { parseLookupForm } from "@/lib/lookups/schemas";
import { authenticateApiClient } from "@/lib/api-clients/authenticate-api-client";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { env } from "@/lib/server/env";
import { errorResponse } from "@/lib/api/responses";
import type { TPurpose } from "@/lib/lookups/schemas";

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; population: ReturnType<typeof createMockPopulation> };
const actors: Record<string, Actor> = {};
const dossier = (code: string): TPurpose => ({ kind: "DOSSIER", dossierCode: code, procedureCode: "1.000894", replacesPapers: ["birth-certificate"] });
const byId = (personalId: string) => ({ by: "personalId" as const, personalId });

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const dataset = generateDataset({ people: 2_000 });
  deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(dataset), population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret }) };
  for (const username of ["pleiku.canbo", "quynhon.canbo", "iao.canbo", "pleiku.lanhdao", "stp.canbo"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => t?.cleanup());

const user = (name: string) => ({ kind: "user" as const, actor: actors[name]!, ip: "10.0.0.7" });
const unitOf = (name: string) => actors[name]!.unit!.id;

describe("purpose before results", () => {
  it("the form refuses a search without a purpose, naming the field", () => {
    const form = new FormData();
    form.set("searchBy", "personalId");
    form.set("personalId", "064198004512");
    form.append("eventTypes", "BIRTH");
    const parsed = parseLookupForm(form, "2026-11-28");
    expect(parsed).toMatchObject({ ok: false, fieldErrors: { purposeKind: "Chọn mục đích tra cứu." } });
  });

  it("a dossier purpose needs papers of its own procedure", async () => {
    const purpose: TPurpose = { kind: "DOSSIER", dossierCode: "HS-X", procedureCode: "1.001193", replacesPapers: ["death-certificate"] };
    await expect(searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose, query: byId("064198004512") }, deps)).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fieldErrors: { replacesPapers: expect.any(String) },
    });
  });
});

describe("searchRecords", () => {
  it("finds P1 by ID, records the dossier, the lookup and one access-log row", async () => {
    const before = await t.prisma.accessLog.count();
    const r = await searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("HS-001"), query: byId("064198004512") }, deps);
    expect(r.results.map((x) => x.type)).toEqual(expect.arrayContaining(["BIRTH", "MARRIAGE"]));
    expect(r.results[0]!.match.reasons).toContain("personal_id");
    const lookup = await t.prisma.lookup.findFirstOrThrow({ where: { id: r.lookupId }, include: { dossier: true } });
    expect(lookup).toMatchObject({ outcome: "FOUND", source: "PORTAL", replacesPapers: ["birth-certificate"], dossier: { code: "HS-001" } });
    expect(await t.prisma.accessLog.count()).toBe(before + 1);
    const row = await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId: r.lookupId } });
    expect(row).toMatchObject({ actorLabel: "pleiku.canbo", system: "CIVIL_REGISTRY", operation: "SEARCH", outcome: "FOUND", purposeRef: "HS-001", ip: "10.0.0.7" });
    expect(row.resultIds).toEqual(r.results.map((x) => x.recordId));
  });

  it("logs a search that finds nothing", async () => {
    const r = await searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("HS-002"), query: byId("064098999999") }, deps);
    expect(r.results).toEqual([]);
    expect(await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId: r.lookupId } })).toMatchObject({ outcome: "NOT_FOUND" });
  });

  it("an upstream failure is logged and reported, with no data", async () => {
    const down: CivilRegistryPort = { ...deps.civilRegistry, search: async () => { throw new UpstreamError("civilRegistry", "unavailable", "connection refused"); } };
    await expect(searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("HS-003"), query: byId("064198004512") }, { ...deps, civilRegistry: down }))
      .rejects.toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    const lookup = await t.prisma.lookup.findFirstOrThrow({ where: { dossier: { code: "HS-003" } } });
    expect(lookup.outcome).toBe("UPSTREAM_FAILURE");
    expect(await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId: lookup.id } })).toMatchObject({ outcome: "UPSTREAM_FAILURE", errorKind: "unavailable" });
  });

  it("returns no data when its access-log row cannot be written", async () => {
    const heads = await t.prisma.accessLogHead.findMany();
    await t.prisma.accessLogHead.deleteMany({});
    try {
      await expect(searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("HS-004"), query: byId("064198004512") }, deps)).rejects.toThrow(/access_log_head/);
      expect(await t.prisma.lookup.count({ where: { dossier: { code: "HS-004" } } })).toBe(0);
    } finally {
      await t.prisma.accessLogHead.createMany({ data: heads });
    }
  });

  it("one commune cannot search on behalf of another", async () => {
    await expect(searchRecords(user("quynhon.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("HS-005"), query: byId("064198004512") }, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("openRecord beside the population database", () => {
  it("an officer with a grant sees both systems; the day/month swap of P8 is flagged", async () => {
    const r = await searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("HS-010"), query: byId("064301002846") }, deps);
    const birth = r.results.find((x) => x.type === "BIRTH")!;
    const opened = await openRecord(actors["pleiku.canbo"]!, r.lookupId, birth.recordId, null, deps);
    expect(opened.record.subject?.fullName).toBe("Phạm Ngọc Ánh");
    const pop = opened.population[0]!;
    expect(pop.status).toBe("found");
    if (pop.status === "found") expect(pop.comparison.find((f) => f.label === "Ngày sinh")).toMatchObject({ record: "2001-07-05", population: "2001-05-07", status: "differs" });
    const rows = await t.prisma.accessLog.findMany({ where: { lookupId: r.lookupId }, orderBy: { seq: "asc" } });
    expect(rows.map((x) => `${x.operation}:${x.outcome}`)).toEqual(["SEARCH:FOUND", "GET_RECORD:FOUND", "GET_CITIZEN:FOUND"]);
  });

  it("an officer without a grant gets no population data, and the refusal is logged", async () => {
    const r = await searchRecords(user("iao.canbo"), { unitId: unitOf("iao.canbo"), purpose: dossier("HS-011"), query: byId("064198004512") }, deps);
    const opened = await openRecord(actors["iao.canbo"]!, r.lookupId, r.results[0]!.recordId, null, deps);
    expect(opened.population).toEqual([{ status: "no_grant" }]);
    expect(await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId: r.lookupId, system: "POPULATION" } })).toMatchObject({ outcome: "REFUSED", errorKind: "no_grant" });
  });

  it("another officer, even of the same unit, cannot open a record of someone else's lookup", async () => {
    const r = await searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("HS-012"), query: byId("064198004512") }, deps);
    await expect(openRecord(actors["quynhon.canbo"]!, r.lookupId, r.results[0]!.recordId, null, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openRecord(actors["pleiku.lanhdao"]!, r.lookupId, r.results[0]!.recordId, null, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(openRecord(actors["pleiku.canbo"]!, r.lookupId, "HT-not-in-results", null, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("dossiers and history by role and jurisdiction", () => {
  it("Quy Nhơn sees none of Pleiku's dossiers or lookups; Sở Tư pháp sees them", async () => {
    const quynhon = await listDossiers(actors["quynhon.canbo"]!, { page: 1 }, deps);
    expect(quynhon.items.map((d) => d.code)).not.toContain("HS-001");
    const province = await listDossiers(actors["stp.canbo"]!, { page: 1 }, deps);
    const hs1 = province.items.find((d) => d.code === "HS-001")!;
    expect(hs1).toMatchObject({ unit: { code: "23575" }, papersCut: ["birth-certificate"] });
    expect((await listLookups(actors["quynhon.canbo"]!, {}, deps)).items.every((l) => l.unit.code === "21583")).toBe(true);
  });

  it("an officer sees only their own lookups; the signer sees the unit's", async () => {
    const own = await listLookups(actors["pleiku.canbo"]!, {}, deps);
    expect(own.items.every((l) => l.user?.username === "pleiku.canbo")).toBe(true);
    const signer = await listLookups(actors["pleiku.lanhdao"]!, {}, deps);
    expect(signer.items.length).toBe(own.items.length);
  });
});

describe("system API", () => {
  it("authenticates the demo key, refuses others, and looks up for a named unit", async () => {
    expect(await authenticateApiClient("Bearer wrong-key-123", deps)).toBeNull();
    const client = (await authenticateApiClient("Bearer demo-tthc-key", deps))!;
    const body = ZApiLookupRequest.parse({
      unitCode: "21583",
      purpose: { kind: "dossier", dossierCode: "API-1", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] },
      query: { fullName: "nguyen van an", dateOfBirth: "1990-01-01" },
      eventTypes: ["birth"],
    });
    expect(await lookupViaApi("Bearer wrong-key-123", body, null, deps)).toBeNull();
    const answer = (await lookupViaApi("Bearer demo-tthc-key", body, "127.0.0.1", deps))!;
    const ids = answer.results.map((r) => r.personalId);
    expect(ids).toEqual(expect.arrayContaining(["064090003117", "052090004402"]));
    const lookup = await t.prisma.lookup.findFirstOrThrow({ where: { id: answer.lookupId } });
    expect(lookup).toMatchObject({ source: "API", apiClientId: client.id, userId: null });
    await expect(lookupViaApi("Bearer demo-tthc-key", { ...body, unitCode: "99999" }, null, deps)).rejects.toMatchObject({ code: "NOT_FOUND", fieldErrors: { unitCode: expect.any(String) } });
  });

  it("limits calls per key: 429 with Retry-After, counted in the database", async () => {
    const body = ZApiLookupRequest.parse({
      unitCode: "21583",
      purpose: { kind: "dossier", dossierCode: "API-2", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] },
      query: { personalId: "064198004512" },
    });
    const limited = { ...deps, now: new Date(Date.now() + 7 * 86_400_000), perKeyLimit: { limit: 2, windowSeconds: 60 } };
    for (let i = 0; i < 2; i++) expect(await lookupViaApi("Bearer demo-tthc-key", body, null, limited)).not.toBeNull();
    const refused = await lookupViaApi("Bearer demo-tthc-key", body, null, limited).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: 60 });
    const response = errorResponse(refused, null);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("60");
    expect(await response.json()).toMatchObject({ error: { code: "RATE_LIMITED" } });
    // The default is high enough for the bench's 450 lookups/s on one key, and configurable.
    expect(env().limits.apiPerKey).toBeGreaterThanOrEqual(60_000);
  });

  it("bad bodies name the field", () => {
    const bad = ZApiLookupRequest.safeParse({ unitCode: "21583", purpose: { kind: "dossier", dossierCode: "X", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] }, query: { personalId: "064198" } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path.join(".")).toBe("query.personalId");
  });
});

describe("the chain holds after all of it", () => {
  it("verifies", async () => {
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});
