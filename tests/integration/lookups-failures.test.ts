import { describe, it, expect, beforeAll, afterAll, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { hashApiKey } from "@/lib/api-clients/hash-api-key";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import type { PopulationPort } from "@/lib/adapters/population/port";
import type { UpstreamErrorKind } from "@/lib/adapters/errors";
import type { SystemId } from "@/lib/adapters/systems";
import { isAppError } from "@/lib/errors/app-error";
import { searchRecords } from "@/lib/lookups/search-records";
import { openRecord } from "@/lib/lookups/open-record";
import { lookupViaApi } from "@/lib/api/lookup-via-api";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { env } from "@/lib/server/env";
import type { TPurpose } from "@/lib/lookups/schemas";

// Every look leaves exactly one access-log row per system call — refused before any system is
// called, or failed by the system — and the officer is told which system failed and what to do.

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; population: PopulationPort };
const actors: Record<string, Actor> = {};
/** An UpstreamError of ANOTHER copy of its module, as a `next dev` bundle may throw it. */
let foreignError: (system: SystemId, kind: UpstreamErrorKind) => Error;

const P1 = "064198004512";
const IA_O_KEY = "iao-tthc-key-0001";
const dossier = (code: string, procedureCode = "1.000894", replacesPapers = ["birth-certificate"]): TPurpose => ({ kind: "DOSSIER", dossierCode: code, procedureCode, replacesPapers });
const byId = (personalId: string) => ({ by: "personalId" as const, personalId });
const user = (name: string) => ({ kind: "user" as const, actor: actors[name]!, ip: "10.0.0.9" });
const unitOf = (name: string) => actors[name]!.unit!.id;
const apiBody = (unitCode: string, dossierCode: string, procedureCode = "1.001193") =>
  ZApiLookupRequest.parse({ unitCode, purpose: { kind: "dossier", dossierCode, procedureCode, replacesPapers: ["marriage-certificate"] }, query: { personalId: "064095001873" } });

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const dataset = generateDataset({ people: 2_000 });
  deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(dataset), population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret }) };
  for (const username of ["pleiku.canbo", "quynhon.canbo"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
  const iaO = await t.prisma.unit.findUniqueOrThrow({ where: { code: "23782" } });
  await t.prisma.apiClient.create({ data: { name: "Một cửa Xã Ia O", scopeUnitId: iaO.id, keyHash: hashApiKey(IA_O_KEY), keyPrefix: IA_O_KEY.slice(0, 8) } });
  vi.resetModules();
  const other = await import("@/lib/adapters/errors");
  foreignError = (system, kind) => new other.UpstreamError(system, kind, `${system} ${kind}`);
});
afterAll(async () => t?.cleanup());

/** Runs `look`, which must fail, and returns its error with the access-log rows it added. */
async function rowsOf(look: () => Promise<unknown>) {
  const heads = await t.prisma.accessLogHead.findMany();
  const error = await look().then(() => null, (e: unknown) => e);
  // The rows after each chain's head as it was.
  const rows = await t.prisma.accessLog.findMany({ where: { OR: heads.map((h) => ({ chain: h.chain, seq: { gt: h.seq } })) }, orderBy: [{ at: "asc" }, { chain: "asc" }, { seq: "asc" }] });
  return { error, rows, summary: rows.map((r) => `${r.system} ${r.operation} ${r.outcome} ${r.errorKind ?? ""}`.trim()) };
}

describe("refused looks: exactly one REFUSED row each, with the reason", () => {
  it("an API key scoped to Xã Ia O asking for Phường Pleiku (23575)", async () => {
    const { error, rows, summary } = await rowsOf(() => lookupViaApi(`Bearer ${IA_O_KEY}`, apiBody("23575", "REF-1"), "203.0.113.5", deps));
    expect(error).toMatchObject({ code: "NOT_FOUND", fieldErrors: { unitCode: expect.any(String) } });
    expect(summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED out_of_jurisdiction"]);
    const client = await t.prisma.apiClient.findFirstOrThrow({ where: { keyPrefix: IA_O_KEY.slice(0, 8) } });
    expect(rows[0]).toMatchObject({ apiClientId: client.id, actorLabel: "api:Một cửa Xã Ia O", unitCode: "23575", purposeRef: "REF-1", resultIds: [], ip: "203.0.113.5" });
    expect(rows[0]!.query).toEqual({ by: "personalId", personalId: "064095001873" });
  });

  it("a unit code that does not exist, through the API", async () => {
    const { summary, rows } = await rowsOf(() => lookupViaApi(`Bearer ${IA_O_KEY}`, apiBody("99999", "REF-2"), null, deps));
    expect(summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED out_of_jurisdiction"]);
    expect(rows[0]).toMatchObject({ unitId: null, unitCode: "99999" });
  });

  it("an unknown procedure code, through the API and the portal", async () => {
    const api = await rowsOf(() => lookupViaApi("Bearer demo-tthc-key", apiBody("23575", "REF-3", "9.999999"), null, deps));
    expect(api.error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { procedureCode: expect.any(String) } });
    expect(api.summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED procedure_unknown"]);
    const portal = await rowsOf(() => searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("REF-4", "9.999999"), query: byId(P1) }, deps));
    expect(portal.summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED procedure_unknown"]);
    expect(portal.rows[0]).toMatchObject({ userId: actors["pleiku.canbo"]!.userId, unitCode: "23575", purposeKind: "DOSSIER", purposeRef: "REF-4" });
  });

  it("a dossier code already filed under another procedure, through the API and the portal", async () => {
    await searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("REF-5"), query: byId(P1) }, deps);
    const api = await rowsOf(() => lookupViaApi("Bearer demo-tthc-key", apiBody("23575", "REF-5"), null, deps));
    expect(api.error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { dossierCode: expect.any(String) } });
    expect(api.summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED dossier_other_procedure"]);
    const portal = await rowsOf(() => searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("REF-5", "1.001193", ["marriage-certificate"]), query: byId(P1) }, deps));
    expect(portal.summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED dossier_other_procedure"]);
    expect(await t.prisma.lookup.count({ where: { dossier: { code: "REF-5" } } })).toBe(1);
  });

  it("the same dossier opened under another procedure while the system answered: refused, one row, nothing kept", async () => {
    const pleiku = unitOf("pleiku.canbo");
    const racing: CivilRegistryPort = {
      ...deps.civilRegistry,
      search: async (query, ctx) => {
        const other = await t.prisma.procedure.findFirstOrThrow({ where: { code: "1.001193" } });
        await t.prisma.dossier.create({ data: { unitId: pleiku, code: "REF-6", procedureId: other.id } });
        return deps.civilRegistry.search(query, ctx);
      },
    };
    const { error, summary } = await rowsOf(() => searchRecords(user("pleiku.canbo"), { unitId: pleiku, purpose: dossier("REF-6"), query: byId(P1) }, { ...deps, civilRegistry: racing }));
    expect(error).toMatchObject({ code: "INVALID_INPUT", fieldErrors: { dossierCode: expect.any(String) } });
    expect(summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED dossier_other_procedure"]);
    expect(await t.prisma.lookup.count({ where: { dossier: { code: "REF-6" } } })).toBe(0);
  });

  it("papers the procedure does not ask for, and a unit outside the officer's jurisdiction", async () => {
    const papers = await rowsOf(() => searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("REF-7", "1.001193", ["death-certificate"]), query: byId(P1) }, deps));
    expect(papers.summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED papers_not_in_procedure"]);
    const foreign = await rowsOf(() => searchRecords(user("quynhon.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("REF-8"), query: byId(P1) }, deps));
    expect(foreign.error).toMatchObject({ code: "NOT_FOUND" });
    expect(foreign.summary).toEqual(["CIVIL_REGISTRY SEARCH REFUSED out_of_jurisdiction"]);
    expect(foreign.rows[0]).toMatchObject({ actorLabel: "quynhon.canbo", unitCode: "23575" });
  });
});

describe("failing national systems, as a development bundle throws them", () => {
  const CIVIL = "Hệ thống đăng ký, quản lý hộ tịch điện tử (Bộ Tư pháp)";
  const POPULATION = "Cơ sở dữ liệu quốc gia về dân cư";
  const failing = (kind: UpstreamErrorKind): CivilRegistryPort => ({ ...deps.civilRegistry, search: async () => { throw foreignError("civilRegistry", kind); }, getRecord: async () => { throw foreignError("civilRegistry", kind); } });

  it("a search: one UPSTREAM_FAILURE row, and a message naming the system, what happened and what to do", async () => {
    const { error, summary } = await rowsOf(() => searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("UP-1"), query: byId(P1) }, { ...deps, civilRegistry: failing("timeout") }));
    expect(isAppError(error)).toBe(true);
    expect(error).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", upstream: { system: "civilRegistry", kind: "timeout" } });
    const message = (error as { userMessage: string }).userMessage;
    expect(message).toContain(CIVIL);
    expect(message).toContain("không trả lời trong thời gian chờ");
    expect(message).toMatch(/thử lại sau khoảng \d+ phút.*giấy tờ.*công nghệ thông tin/);
    expect(summary).toEqual(["CIVIL_REGISTRY SEARCH UPSTREAM_FAILURE timeout"]);
  });

  it("the circuit breaker open: said so, and logged as circuit_open", async () => {
    const { error, summary } = await rowsOf(() => lookupViaApi("Bearer demo-tthc-key", apiBody("23575", "UP-2"), null, { ...deps, civilRegistry: failing("circuit_open") }));
    expect(error).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", upstream: { system: "civilRegistry", kind: "circuit_open" } });
    expect((error as { userMessage: string }).userMessage).toContain("tạm ngừng");
    expect(summary).toEqual(["CIVIL_REGISTRY SEARCH UPSTREAM_FAILURE circuit_open"]);
  });

  it("the population database failing: the record is shown with a notice, and both looks are logged", async () => {
    const r = await searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("UP-3"), query: byId(P1) }, deps);
    const birth = r.results.find((x) => x.type === "BIRTH")!;
    const down: PopulationPort = { ...deps.population, getCitizen: async () => { throw foreignError("population", "unavailable"); } };
    let opened: Awaited<ReturnType<typeof openRecord>> | undefined;
    const { summary } = await rowsOf(async () => { opened = await openRecord(actors["pleiku.canbo"]!, r.lookupId, birth.recordId, null, { ...deps, population: down }); });
    expect(opened!.record.subject?.fullName).toBe("Rơ Mah H'Lan");
    expect(opened!.population).toEqual([{ status: "failed", role: "Người được đăng ký", kind: "unavailable", message: expect.stringContaining(POPULATION) }]);
    expect(summary).toEqual(["CIVIL_REGISTRY GET_RECORD FOUND", "POPULATION GET_CITIZEN UPSTREAM_FAILURE unavailable"]);
  });

  it("an unexpected failure on the population side still logs the register's read", async () => {
    const r = await searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("UP-4"), query: byId(P1) }, deps);
    const broken: PopulationPort = { ...deps.population, getCitizen: async () => { throw new TypeError("a bug"); } };
    const { error, summary } = await rowsOf(() => openRecord(actors["pleiku.canbo"]!, r.lookupId, r.results[0]!.recordId, null, { ...deps, population: broken }));
    expect(error).toBeInstanceOf(TypeError);
    expect(summary).toEqual(["CIVIL_REGISTRY GET_RECORD FOUND"]);
  });

  it("the register failing when a record is opened: one GET_RECORD row, a message naming it", async () => {
    const r = await searchRecords(user("pleiku.canbo"), { unitId: unitOf("pleiku.canbo"), purpose: dossier("UP-5"), query: byId(P1) }, deps);
    const { error, summary } = await rowsOf(() => openRecord(actors["pleiku.canbo"]!, r.lookupId, r.results[0]!.recordId, null, { ...deps, civilRegistry: failing("bad_response") }));
    expect(error).toMatchObject({ code: "UPSTREAM_UNAVAILABLE", userMessage: expect.stringContaining(`${CIVIL} trả về dữ liệu không hợp lệ`) });
    expect(summary).toEqual(["CIVIL_REGISTRY GET_RECORD UPSTREAM_FAILURE bad_response"]);
  });
});

describe("the chain holds after all of it", () => {
  it("verifies", async () => {
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});
