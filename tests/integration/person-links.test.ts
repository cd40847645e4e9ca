import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { env } from "@/lib/server/env";
import { searchRecords } from "@/lib/lookups/search-records";
import { openRecord, type PopulationView } from "@/lib/lookups/open-record";
import { recordPersonLink } from "@/lib/lookups/record-person-link";

// Issue #14, part 8: a legacy record without an ID number (R6, Lê Văn Tâm, 01/1979, old Nghĩa Bình)
// is offered the population database's candidates, ranked with reasons, never merged; the officer's
// decision is stored and logged, and later views show it.

let t: TestDatabase;
let deps: { db: TestDatabase["prisma"]; civilRegistry: CivilRegistryPort; population: ReturnType<typeof createMockPopulation> };
let officer: Actor;
let lookupId: string;
const R6 = "HT-KS-R6";
const TAM = "052079005518";

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  const dataset = generateDataset({ people: 2_000 });
  deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(dataset), population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret }) };
  const u = await t.prisma.user.findUniqueOrThrow({ where: { username: "pleiku.canbo" } });
  officer = (await loadActor(t.prisma, u.id, 0))!;
  const r = await searchRecords(
    { kind: "user", actor: officer, ip: "10.0.0.7" },
    { unitId: officer.unit!.id, purpose: { kind: "DOSSIER", dossierCode: "HS-LINK-1", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] }, query: { by: "name", fullName: "Lê Văn Tâm", dateOfBirth: "1979" } },
    deps,
  );
  expect(r.results.map((x) => x.recordId)).toContain(R6);
  lookupId = r.lookupId;
});
afterAll(async () => t?.cleanup());

type NoId = Extract<PopulationView, { status: "no_id" }>;
const noIdView = (views: PopulationView[]) => views.find((v): v is NoId => v.status === "no_id")!;

describe("records without an ID number: population candidates", () => {
  it("offers Lê Văn Tám 052079005518 with reasons in Vietnamese, logs the candidate search, merges nothing", async () => {
    const before = await t.prisma.accessLog.count({ where: { lookupId, operation: "FIND_CANDIDATES" } });
    const opened = await openRecord(officer, lookupId, R6, "10.0.0.7", deps);
    expect(opened.record.subject?.personalId).toBeNull();
    const view = noIdView(opened.population);
    expect(view).toMatchObject({ partyKey: "subject", search: "done" });
    const tam = view.candidates.find((c) => c.personalId === TAM)!;
    expect(tam.line).toBe("Lê Văn Tám 052079005518, 15/01/1979 — tên khác: Tâm/Tám; tháng, năm sinh khớp");
    expect(tam.decision).toBeNull();
    const log = await t.prisma.accessLog.findMany({ where: { lookupId, operation: "FIND_CANDIDATES" } });
    expect(log).toHaveLength(before + 1);
    expect(log.at(-1)).toMatchObject({ system: "POPULATION", outcome: "FOUND", actorLabel: "pleiku.canbo" });
    expect(log.at(-1)!.resultIds).toContain(TAM);
    expect(await t.prisma.recordPersonLink.count()).toBe(0);
  });

  it("records the officer's decision with its access-log row; later views show who and when", async () => {
    const link = await recordPersonLink(officer, { lookupId, recordId: R6, partyKey: "subject", personalId: TAM, decision: "SAME" }, "10.0.0.7", deps);
    const stored = await t.prisma.recordPersonLink.findUniqueOrThrow({ where: { id: link.id } });
    expect(stored).toMatchObject({ recordId: R6, partyKey: "subject", personalId: TAM, decision: "SAME", username: "pleiku.canbo", userId: officer.userId, lookupId });
    expect((stored.reasons as { reasons: string[] }).reasons).toEqual(expect.arrayContaining(["name_folded", "dob_month"]));
    const logged = await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId, operation: "LINK_DECISION" } });
    expect(logged).toMatchObject({ system: "POPULATION", outcome: "FOUND", resultIds: [TAM] });
    expect(await verifyAccessLogChain(t.prisma)).toMatchObject({ ok: true });

    const again = noIdView((await openRecord(officer, lookupId, R6, null, deps)).population);
    expect(again.candidates.find((c) => c.personalId === TAM)!.decision).toMatchObject({ decision: "SAME", username: "pleiku.canbo" });
    // The record itself is untouched: still no ID number on it.
    expect((await deps.civilRegistry.getRecord(R6, { officerId: "x", unitCode: "x" }))?.subject?.personalId).toBeNull();
  });

  it("refuses a decision on a citizen who is not a candidate, and another officer's lookup, writing no link", async () => {
    const count = await t.prisma.recordPersonLink.count();
    await expect(recordPersonLink(officer, { lookupId, recordId: R6, partyKey: "subject", personalId: "064198004512", decision: "SAME" }, null, deps)).rejects.toMatchObject({ code: "CONFLICT" });
    const other = (await loadActor(t.prisma, (await t.prisma.user.findUniqueOrThrow({ where: { username: "quynhon.canbo" } })).id, 0))!;
    await expect(recordPersonLink(other, { lookupId, recordId: R6, partyKey: "subject", personalId: TAM, decision: "NOT_SAME" }, null, deps)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await t.prisma.recordPersonLink.count()).toBe(count);
  });
});
