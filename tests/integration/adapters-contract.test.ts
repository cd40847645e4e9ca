import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CallContext, CivilRegistryPort, CivilSearch } from "@/lib/adapters/civil-registry/port";
import { UpstreamError } from "@/lib/adapters/errors";
import type { MockGovServer } from "@/mock-national/server";
import type { PopulationPort } from "@/lib/adapters/population/port";
import { credential, CTX, H_LAN_BIRTH_ID, httpClients, inProcessSystems, startTestServer } from "../helpers/mock-systems";

// One contract, run against both implementations of the ports: what a use case observes must not
// depend on whether the national system is in this process or behind HTTP. Both run over the data
// engineer's mocks and a small generated dataset; the people asserted on are the hand-written
// reference citizens (prisma/data/reference-people.json), present in every dataset.

type Systems = { civilRegistry: CivilRegistryPort; population: PopulationPort; mode: "in-process" | "http" };

const H_LAN = { personalId: "064198004512", fullName: "Rơ Mah H'Lan", dateOfBirth: "1998-03-12" };
const MISSING_ID = "064199000000";

async function refusal(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UpstreamError);
  return error as UpstreamError;
}

function contract(name: string, start: () => Promise<{ systems: Systems; stop(): Promise<void> }>) {
  describe(`adapter contract: ${name}`, () => {
    let s: Systems;
    let stop: () => Promise<void>;
    beforeAll(async () => {
      ({ systems: s, stop } = await start());
    });
    afterAll(() => stop?.());

    it("searches by personal ID number", async () => {
      const { results } = await s.civilRegistry.search({ by: "personalId", personalId: H_LAN.personalId }, CTX);
      expect(results.some((r) => r.record.type === "BIRTH" && r.record.subject?.personalId === H_LAN.personalId)).toBe(true);
    });

    it("searches by name and date of birth, without diacritics", async () => {
      const { results } = await s.civilRegistry.search({ by: "name", fullName: "ro mah h'lan", dateOfBirth: H_LAN.dateOfBirth, eventTypes: ["BIRTH"] }, CTX);
      expect(results[0]?.record.subject?.fullName).toBe(H_LAN.fullName);
    });

    it("searches by registration (entry number, book, authority)", async () => {
      const query: CivilSearch = { by: "registration", entryNumber: "45", bookNumber: "01/1998", authority: "UBND thị trấn Ia Kha, huyện Ia Grai, tỉnh Gia Lai" };
      const { results } = await s.civilRegistry.search(query, CTX);
      expect(results.some((r) => r.record.registration.entryNumber === "45" && r.record.subject?.fullName === H_LAN.fullName)).toBe(true);
    });

    it("honours the limit", async () => {
      const result = await s.civilRegistry.search({ by: "name", fullName: "Nguyễn Văn An", dateOfBirth: "1990-01-01" }, CTX, { limit: 1 });
      expect(result.results.length).toBeLessThanOrEqual(1);
    });

    it("refuses an invalid search with BAD_REQUEST", async () => {
      const e = await refusal(s.civilRegistry.search({ by: "personalId", personalId: "123" } as CivilSearch, CTX));
      expect([e.system, e.kind, e.upstreamCode]).toEqual(["civilRegistry", "refused", "BAD_REQUEST"]);
    });

    it("gets a record by id, and null for an unknown id", async () => {
      const record = await s.civilRegistry.getRecord(H_LAN_BIRTH_ID, CTX);
      expect(record).toMatchObject({ id: H_LAN_BIRTH_ID, type: "BIRTH", subject: { fullName: H_LAN.fullName } });
      const { results } = await s.civilRegistry.search({ by: "personalId", personalId: H_LAN.personalId }, CTX);
      const id = results[0]!.record.id;
      expect((await s.civilRegistry.getRecord(id, CTX))?.id).toBe(id);
      expect(await s.civilRegistry.getRecord("HT-KS-9999999", CTX)).toBeNull();
    });

    it("offers population candidates for a record without an ID: Lê Văn Tâm, 01/1979 → Lê Văn Tám 052079005518", async () => {
      const candidates = await s.population.findCandidates({ fullName: "Lê Văn Tâm", dateOfBirth: "1979-01", fatherName: "Lê Văn Sáu", motherName: "Đỗ Thị Mười" }, credential(), { requestId: "r2" });
      const tam = candidates.find((c) => c.citizen.personalId === "052079005518");
      expect(tam).toMatchObject({ citizen: { fullName: "Lê Văn Tám", dateOfBirth: "1979-01-15" } });
      expect(tam!.reasons).toEqual(expect.arrayContaining(["name_folded", "dob_month"]));
      expect(candidates.map((c) => c.score)).toEqual([...candidates.map((c) => c.score)].sort((a, b) => b - a));
      const byVariant = await s.population.findCandidates({ fullName: "Rơ Mah Lan", dateOfBirth: "1998", limit: 3 }, credential(), {});
      expect(byVariant.find((c) => c.citizen.personalId === H_LAN.personalId)?.reasons).toEqual(["name_variant", "dob_year"]);
      expect(byVariant.length).toBeLessThanOrEqual(3);
      expect(await s.population.findCandidates({ fullName: "Không Có Ai", dateOfBirth: "1901" }, credential(), {})).toEqual([]);
    });

    it("refuses a candidate search without a valid grant, and a malformed one with BAD_REQUEST", async () => {
      const e = await refusal(s.population.findCandidates({ fullName: "Lê Văn Tâm", dateOfBirth: "1979" }, "", {}));
      expect([e.system, e.kind, e.upstreamCode]).toEqual(["population", "refused", "GRANT_REQUIRED"]);
      const bad = await refusal(s.population.findCandidates({ fullName: "Lê Văn Tâm", dateOfBirth: "01/1979" }, credential(), {}));
      expect([bad.system, bad.kind, bad.upstreamCode]).toEqual(["population", "refused", "BAD_REQUEST"]);
    });

    it("finds a citizen with a valid grant, and null for an unknown number", async () => {
      const citizen = await s.population.getCitizen(H_LAN.personalId, credential(), { requestId: "r1" });
      expect(citizen).toMatchObject({ personalId: H_LAN.personalId, fullName: H_LAN.fullName, dateOfBirth: H_LAN.dateOfBirth });
      expect(await s.population.getCitizen(MISSING_ID, credential(), {})).toBeNull();
    });

    it("refuses the population lookup without a valid, current grant", async () => {
      const cases: Array<[string, string]> = [
        ["", "GRANT_REQUIRED"],
        [credential({ secret: "someone-elses-secret-0123456789-0123456789" }), "BAD_CREDENTIAL"],
        [credential({ validUntil: "2020-12-31" }), "GRANT_EXPIRED"],
      ];
      for (const [given, code] of cases) {
        const e = await refusal(s.population.getCitizen(H_LAN.personalId, given, {}));
        expect([e.system, e.kind, e.upstreamCode]).toEqual(["population", "refused", code]);
      }
    });

    it("reports health in its mode", async () => {
      for (const health of [await s.civilRegistry.health(), await s.population.health()]) {
        expect(health).toMatchObject({ ok: true, breaker: "closed", mode: s.mode });
      }
    });
  });
}

contract("in-process", async () => ({ systems: { ...inProcessSystems(), mode: "in-process" }, stop: async () => {} }));

contract("HTTP client + mock server", async () => {
  const server = await startTestServer(inProcessSystems());
  return { systems: { ...httpClients(server.url), mode: "http" }, stop: () => server.stop() };
});

describe("the wire changes nothing", () => {
  let server: MockGovServer;
  const local = inProcessSystems();
  beforeAll(async () => {
    server = await startTestServer(local);
  });
  afterAll(() => server.stop());

  it("HTTP answers equal in-process answers", async () => {
    const remote = httpClients(server.url);
    const queries: CivilSearch[] = [
      { by: "personalId", personalId: H_LAN.personalId },
      { by: "name", fullName: "Nguyen Van An", dateOfBirth: "1990-01-01" },
      { by: "registration", entryNumber: "45" },
    ];
    for (const q of queries) expect(await remote.civilRegistry.search(q, CTX)).toEqual(await local.civilRegistry.search(q, CTX));
    const cred = credential();
    expect(await remote.population.getCitizen(H_LAN.personalId, cred, {})).toEqual(await local.population.getCitizen(H_LAN.personalId, cred, {}));
  });

  it("the caller's context reaches the system intact, Vietnamese included", async () => {
    const seen: CallContext[] = [];
    const spy: CivilRegistryPort = { ...local.civilRegistry, getRecord: (id, ctx) => (seen.push(ctx), local.civilRegistry.getRecord(id, ctx)) };
    const spied = await startTestServer({ ...local, civilRegistry: spy });
    try {
      const ctx = { officerId: "Hệ thống TTHC tỉnh Gia Lai", unitCode: "23764", requestId: "req-42" };
      expect(await httpClients(spied.url).civilRegistry.getRecord(H_LAN_BIRTH_ID, ctx)).not.toBeNull();
      expect(seen).toEqual([ctx]);
    } finally {
      await spied.stop();
    }
  });
});
