import { describe, expect, it } from "vitest";
import { GENESIS_HASH, hashRow, type ChainedFields } from "@/lib/audit/chain";

// hashRow is the link of the access-log chain: stable for the same row, changed by any field.

const row: ChainedFields = {
  seq: 1n, at: new Date("2026-01-05T03:04:05.678Z"), userId: "u1", apiClientId: null, actorLabel: "pleiku.canbo",
  unitId: "unit-1", unitCode: "23086", system: "civil-registry", operation: "search", purposeKind: "DOSSIER",
  purposeRef: "HS-001", legalBasis: null, lookupId: "l1", query: { by: "personalId", personalId: "052187003321" },
  resultIds: ["HT-1"], resultCount: 1, outcome: "ok", errorKind: null, ip: "127.0.0.1", prevHash: GENESIS_HASH,
};

describe("hashRow", () => {
  it("is a sha256 hex digest, the same for the same row", () => {
    expect(hashRow(row)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashRow({ ...row })).toBe(hashRow(row));
  });

  it("does not depend on key order in the stored query (jsonb does not keep it)", () => {
    expect(hashRow({ ...row, query: { personalId: "052187003321", by: "personalId" } })).toBe(hashRow(row));
  });

  it("changes with any covered field, the previous hash included", () => {
    const base = hashRow(row);
    for (const change of [
      { seq: 2n }, { at: new Date("2026-01-05T03:04:05.679Z") }, { resultIds: [] }, { outcome: "error" },
      { prevHash: "f".repeat(64) }, { query: { by: "personalId", personalId: "052187003322" } }, { ip: null },
    ] as Partial<ChainedFields>[]) {
      expect(hashRow({ ...row, ...change }), JSON.stringify(Object.keys(change))).not.toBe(base);
    }
  });

  it("chain 0 hashes as rows did before chains; another chain's number is covered", () => {
    expect(hashRow({ ...row, chain: 0 })).toBe(hashRow(row));
    expect(hashRow({ ...row, chain: 3 })).not.toBe(hashRow(row));
    expect(hashRow({ ...row, chain: 3 })).not.toBe(hashRow({ ...row, chain: 4 }));
  });
});
