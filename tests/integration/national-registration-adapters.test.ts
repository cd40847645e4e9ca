import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CivilRegistryPort, IssuedCopyRegistration } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError, type UpstreamError } from "@/lib/adapters/errors";
import { CTX, httpClients, inProcessSystems, startTestServer, TEST_KEYS } from "../helpers/mock-systems";
import type { MockGovServer } from "@/mock-national/server";

// Registration of issued copies with the national civil-registry system, the same contract in
// process and over HTTP: idempotent by key, one registration per (unit, symbol, year, number),
// revocation of the unit's own registrations only.

async function refusal(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(isUpstreamError(error)).toBe(true);
  return error as UpstreamError;
}

const reg = (number: number, overrides: Partial<IssuedCopyRegistration> = {}): IssuedCopyRegistration => ({
  unitCode: CTX.unitCode, symbol: "TLKS-BS", year: 2026, number, recordIds: ["HT-KS-R10"],
  signerName: "Lê Văn Hùng", signerTitle: "Phó Chủ tịch", signedAt: "2026-11-26T10:00:00+07:00", contentHash: "a".repeat(64), ...overrides,
});

function contract(name: string, start: () => Promise<{ port: CivilRegistryPort; stop(): Promise<void> }>) {
  describe(`registration of issued copies: ${name}`, () => {
    let port: CivilRegistryPort;
    let stop: () => Promise<void>;
    beforeAll(async () => ({ port, stop } = await start()));
    afterAll(() => stop?.());

    it("registers once per idempotency key: the same key again gets the first answer", async () => {
      const first = await port.registerIssuedCopy(reg(1), { ...CTX, idempotencyKey: "doc-1-register" });
      expect(first).toMatchObject({ registrationId: expect.stringMatching(/^DK-2026-/), revokedAt: null });
      expect(await port.registerIssuedCopy(reg(1), { ...CTX, idempotencyKey: "doc-1-register" })).toEqual(first);
    });

    it("refuses a number the unit already used for the symbol and year, and a key reused for another request", async () => {
      await port.registerIssuedCopy(reg(2), { ...CTX, idempotencyKey: "doc-2-register" });
      expect((await refusal(port.registerIssuedCopy(reg(2), { ...CTX, idempotencyKey: "other-software-2" }))).upstreamCode).toBe("NUMBER_TAKEN");
      expect((await refusal(port.registerIssuedCopy(reg(3), { ...CTX, idempotencyKey: "doc-2-register" }))).upstreamCode).toBe("IDEMPOTENCY_KEY_REUSED");
      // Another symbol or year is another series.
      await port.registerIssuedCopy(reg(2, { symbol: "TLKH-BS" }), { ...CTX, idempotencyKey: "doc-2b" });
      await port.registerIssuedCopy(reg(2, { year: 2027, signedAt: "2027-01-04T09:00:00+07:00" }), { ...CTX, idempotencyKey: "doc-2c" });
    });

    it("revokes the unit's own registration, idempotently; an unknown or another unit's one is refused", async () => {
      const { registrationId } = await port.registerIssuedCopy(reg(4), { ...CTX, idempotencyKey: "doc-4-register" });
      const revocation = { reason: "Sổ gốc đã được cải chính", revokedAt: "2026-11-27T08:00:00+07:00" };
      const revoked = await port.revokeIssuedCopy(registrationId, revocation, { ...CTX, idempotencyKey: "doc-4-revoke" });
      expect(revoked).toMatchObject({ registrationId, revokedAt: revocation.revokedAt });
      expect(await port.revokeIssuedCopy(registrationId, revocation, { ...CTX, idempotencyKey: "doc-4-revoke" })).toEqual(revoked);
      expect((await refusal(port.revokeIssuedCopy("DK-2026-99999999", revocation, { ...CTX, idempotencyKey: "x-1" }))).upstreamCode).toBe("REGISTRATION_NOT_FOUND");
      expect((await refusal(port.revokeIssuedCopy(registrationId, revocation, { ...CTX, unitCode: "21550", idempotencyKey: "x-2" }))).upstreamCode).toBe("REGISTRATION_NOT_FOUND");
    });
  });
}

contract("in-process", async () => ({ port: inProcessSystems().civilRegistry, stop: async () => {} }));
contract("HTTP client + mock server", async () => {
  const server = await startTestServer(inProcessSystems());
  return { port: httpClients(server.url).civilRegistry, stop: () => server.stop() };
});

describe("the wire: what the server answers is what the OpenAPI document lists", () => {
  let server: MockGovServer;
  beforeAll(async () => {
    server = await startTestServer(inProcessSystems());
  });
  afterAll(() => server.stop());
  const headers = { authorization: `Bearer ${TEST_KEYS.civilRegistry}`, "x-officer-id": "o1", "x-unit-code": CTX.unitCode, "content-type": "application/json" };
  const post = (path: string, body: unknown, extra: Record<string, string> = {}) =>
    fetch(`${server.url}/civil-registry/v1${path}`, { method: "POST", headers: { ...headers, ...extra }, body: JSON.stringify(body) });

  it("a write without an idempotency key is a 400 naming the header; another unit's copy a 400 naming unitCode", async () => {
    const missing = await post("/issued-copies", reg(10));
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: "BAD_REQUEST", field: "idempotency-key" } });
    const foreign = await post("/issued-copies", reg(10, { unitCode: "21550" }), { "idempotency-key": "k-10" });
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toMatchObject({ error: { field: "unitCode" } });
  });

  it("a taken number is 409, a reused key 422, an unknown registration 404", async () => {
    expect((await post("/issued-copies", reg(11), { "idempotency-key": "k-11" })).status).toBe(200);
    expect((await post("/issued-copies", reg(11), { "idempotency-key": "k-11b" })).status).toBe(409);
    expect((await post("/issued-copies", reg(12), { "idempotency-key": "k-11" })).status).toBe(422);
    expect((await post("/issued-copies/nope/revocation", { reason: "Thử", revokedAt: "2026-11-27T08:00:00+07:00" }, { "idempotency-key": "k-r" })).status).toBe(404);
  });
});
