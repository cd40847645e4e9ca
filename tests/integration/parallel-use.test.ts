// Parallel use of the whole stack, on the embedded database and on PostgreSQL (TEST_DATABASE_URL):
// many system-API lookups and many signatures at once must each get their own right answer, with
// no database error, one access-log row per look and gapless document numbers.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import type { Actor } from "@/lib/auth/actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import type { CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { lookupViaApi } from "@/lib/api/lookup-via-api";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { searchForRequest } from "@/lib/copies/search-for-request";
import { createRequest } from "@/lib/copies/create-request";
import { prepareRequest } from "@/lib/copies/prepare-request";
import { signRequest } from "@/lib/copies/sign-request";

let t: TestDatabase;
/** A pool as wide as a busy Next.js server's, so that many connections really run at once. */
let wide: PrismaClient;
let civilRegistry: CivilRegistryPort;
const actors: Record<string, Actor> = {};

beforeAll(async () => {
  t = await createTestDatabase();
  await runSeed(t.prisma, { demo: true });
  wide = createPrismaClient(t.url, { max: 20 });
  civilRegistry = createMockCivilRegistry(generateDataset({ people: 2_000 }));
  for (const username of ["pleiku.canbo", "pleiku.lanhdao", "quynhon.canbo", "quynhon.lanhdao"]) {
    const u = await t.prisma.user.findUniqueOrThrow({ where: { username } });
    actors[username] = (await loadActor(t.prisma, u.id, 0))!;
  }
});
afterAll(async () => {
  await wide?.$disconnect();
  await t?.cleanup();
});

const PEOPLE = ["064198004512", "064095001873", "001300007731", "052187003321"];
const UNITS = ["23575", "21583", "23782"];

describe("parallel use", () => {
  it("answers 120 parallel system-API lookups (3 units, 4 people) each with its own result and one log row", async () => {
    const deps = { db: wide, civilRegistry };
    const body = (i: number) =>
      ZApiLookupRequest.parse({
        unitCode: UNITS[i % UNITS.length],
        purpose: { kind: "dossier", dossierCode: `PAR-${i}`, procedureCode: "1.001193", replacesPapers: ["marriage-certificate"] },
        query: { personalId: PEOPLE[i % PEOPLE.length] },
      });
    // What each person's lookup must answer, asked one at a time.
    const expected = new Map<string, string[]>();
    for (const [k, id] of PEOPLE.entries()) {
      const r = await lookupViaApi("Bearer demo-tthc-key", { ...body(k), purpose: { ...body(k).purpose, dossierCode: `SEQ-${k}` } }, null, deps);
      expected.set(id, r!.results.map((x) => x.recordId).sort());
      expect(r!.results.length).toBeGreaterThan(0);
    }
    const logBefore = await t.prisma.accessLog.count();
    const settled = await Promise.allSettled(Array.from({ length: 120 }, (_, i) => lookupViaApi("Bearer demo-tthc-key", body(i), null, deps)));
    const failures = settled.filter((s) => s.status === "rejected").map((s) => String((s as PromiseRejectedResult).reason));
    expect(failures).toEqual([]);
    settled.forEach((s, i) => {
      const answer = (s as PromiseFulfilledResult<Awaited<ReturnType<typeof lookupViaApi>>>).value;
      expect(answer, `lookup ${i} was refused`).not.toBeNull();
      expect(answer!.results.map((x) => x.recordId).sort()).toEqual(expected.get(PEOPLE[i % PEOPLE.length]!));
    });
    const lookups = await t.prisma.lookup.findMany({ where: { dossier: { code: { startsWith: "PAR-" } } }, include: { dossier: true, unit: true } });
    expect(lookups).toHaveLength(120);
    for (const l of lookups) expect(l.unit.code).toBe(UNITS[Number(l.dossier!.code.slice(4)) % UNITS.length]);
    expect((await t.prisma.accessLog.count()) - logBefore).toBe(120);
    expect(await t.prisma.accessLog.count({ where: { lookupId: { in: lookups.map((l) => l.id) } } })).toBe(120);
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });

  it("signs 30 requests of two units in parallel: all signed, numbers gapless per unit, one log row per record read", async () => {
    const deps = { db: wide, civilRegistry };
    const requester = { channel: "COUNTER", requesterName: "Vũ Minh Trang", requesterIdNumber: "001300007731", requesterPhone: null, requesterAddress: null, relation: "SELF", authorisationRef: null, copies: 1, feeExemptReason: null, purposeText: null } as const;
    const prepared: { id: string; signer: Actor; unitId: string }[] = [];
    for (let i = 0; i < 30; i++) {
      const [officer, signer] = i % 2 ? [actors["quynhon.canbo"]!, actors["quynhon.lanhdao"]!] : [actors["pleiku.canbo"]!, actors["pleiku.lanhdao"]!];
      const found = await searchForRequest(officer, { kind: "COPY", query: { by: "personalId", personalId: "001300007731", eventTypes: ["BIRTH"] }, ip: null }, { db: t.prisma, civilRegistry });
      const created = await createRequest(officer, { ...requester, kind: "COPY", reference: found.reference, recordIds: [found.results[0]!.recordId] }, null, { db: t.prisma, civilRegistry });
      const version = async () => (await t.prisma.civilRequest.findUniqueOrThrow({ where: { id: created.id } })).version;
      await prepareRequest(officer, { id: created.id, version: await version() }, { db: t.prisma, civilRegistry });
      prepared.push({ id: created.id, signer, unitId: officer.unit!.id });
    }
    const versions = new Map((await t.prisma.civilRequest.findMany({ where: { id: { in: prepared.map((p) => p.id) } } })).map((r) => [r.id, r.version]));
    const logBefore = await t.prisma.accessLog.count();
    const settled = await Promise.allSettled(prepared.map((p) => signRequest(p.signer, { id: p.id, version: versions.get(p.id)!, ip: null }, deps)));
    expect(settled.filter((s) => s.status === "rejected").map((s) => String((s as PromiseRejectedResult).reason))).toEqual([]);
    for (const unitId of new Set(prepared.map((p) => p.unitId))) {
      const numbers = (await t.prisma.issuedDocument.findMany({ where: { unitId }, select: { number: true }, orderBy: { number: "asc" } })).map((d) => d.number);
      expect(numbers).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    }
    expect(await t.prisma.civilRequest.count({ where: { id: { in: prepared.map((p) => p.id) }, status: "SIGNED" } })).toBe(30);
    expect((await t.prisma.accessLog.count()) - logBefore).toBe(30);
    expect((await verifyAccessLogChain(t.prisma)).ok).toBe(true);
  });
});
