import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { runSeed } from "@/lib/seed/run-seed";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { lookupViaApi } from "@/lib/api/lookup-via-api";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { searchRecords } from "@/lib/lookups/search-records";
import { loadActor } from "@/lib/auth/load-actor";

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); await runSeed(t.prisma, { demo: true }); });
afterAll(async () => t?.cleanup());

describe("concurrent lookups", () => {
  it("concurrent lookups on one new dossier all succeed and share it; other procedure refused", async () => {
    const deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(generateDataset({ people: 500 })) };
    const client = "Bearer demo-tthc-key";
    const body = (code: string, proc = "1.001193", paper = "marriage-certificate") => ZApiLookupRequest.parse({ unitCode: "23575", purpose: { kind: "dossier", dossierCode: code, procedureCode: proc, replacesPapers: [paper] }, query: { personalId: "064198004512" } });
    for (let round = 0; round < 5; round++) {
      const rs = await Promise.allSettled(Array.from({ length: 12 }, () => lookupViaApi(client, body(`RACE-${round}`), null, deps)));
      expect(rs.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason))).toEqual([]);
      expect(await t.prisma.dossier.count({ where: { code: `RACE-${round}` } })).toBe(1);
      expect(await t.prisma.lookup.count({ where: { dossier: { code: `RACE-${round}` } } })).toBe(12);
    }
    // Mixed procedures racing: one wins, the others are refused with the field error, nothing half-written.
    const mixed = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => lookupViaApi(client, i % 2 ? body("MIX") : body("MIX", "1.000894", "birth-certificate"), null, deps)));
    const ok = mixed.filter((r) => r.status === "fulfilled").length;
    const refused = mixed.filter((r) => r.status === "rejected" && (r.reason as { fieldErrors?: Record<string, string> }).fieldErrors?.dossierCode).length;
    expect(ok + refused).toBe(8);
    expect(await t.prisma.lookup.count({ where: { dossier: { code: "MIX" } } })).toBe(ok);
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});

describe("lookups for purposes other than a dossier", () => {
  it("OTHER and COPY_REQUEST purposes write lookup + log, no dossier; ids look like cuids", async () => {
    const deps = { db: t.prisma, civilRegistry: createMockCivilRegistry(generateDataset({ people: 500 })) };
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username: "pleiku.canbo" } });
    const actor = (await loadActor(t.prisma, u.id, 0))!;
    const dossiers = await t.prisma.dossier.count();
    const r1 = await searchRecords({ kind: "user", actor, ip: "1.2.3.4" }, { unitId: actor.unit!.id, purpose: { kind: "OTHER", description: "kiểm tra 'x'", legalBasis: "Điều 1" }, query: { by: "personalId", personalId: "064198004512", eventTypes: ["BIRTH"] } }, deps);
    const r2 = await searchRecords({ kind: "user", actor, ip: null }, { unitId: actor.unit!.id, purpose: { kind: "COPY_REQUEST", reference: "BS-1", legalBasis: "Điều 63" }, query: { by: "name", fullName: "Rơ Mah H'Lan", dateOfBirth: "1998-03-12" } }, deps);
    expect(await t.prisma.dossier.count()).toBe(dossiers);
    const l1 = await t.prisma.lookup.findFirstOrThrow({ where: { id: r1.lookupId } });
    expect(l1).toMatchObject({ purposeKind: "OTHER", purposeRef: "kiểm tra 'x'", legalBasis: "Điều 1", dossierId: null, source: "PORTAL", userId: u.id, eventTypes: ["BIRTH"], queryKind: "personalId", outcome: "FOUND" });
    expect(l1.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(l1.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    const l2 = await t.prisma.lookup.findFirstOrThrow({ where: { id: r2.lookupId } });
    expect(l2).toMatchObject({ purposeKind: "COPY_REQUEST", purposeRef: "BS-1", replacesPapers: [] });
    const log = await t.prisma.accessLog.findFirstOrThrow({ where: { lookupId: r1.lookupId } });
    expect(log).toMatchObject({ purposeKind: "OTHER", ip: "1.2.3.4", unitCode: "23575", resultIds: l1.resultIds, resultCount: l1.resultCount });
    expect(r1.lookupId).toMatch(/^c[a-z0-9]{24}$/);
    expect(r1.results.some((x) => x.currentUnit?.name)).toBe(true);
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});
