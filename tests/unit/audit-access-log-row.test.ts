import { describe, expect, it } from "vitest";
import { ACCESS_LOG_COLUMN_NAMES, rowOfEntry, type AccessLogEntry } from "@/lib/audit/access-log-row";
import { GENESIS_HASH, hashRow, type ChainedFields } from "@/lib/audit/chain";
import { runWithRequestId } from "@/lib/http/request-context";

// The access-log row has one definition: the entry a use case gives, the row the writer fills and
// the fields the hash covers all follow from it; the request id is hashed only when it is there.

const row: ChainedFields = {
  seq: 1n, at: new Date("2026-01-05T03:04:05.678Z"), userId: "u1", apiClientId: null, actorLabel: "pleiku.canbo",
  unitId: "unit-1", unitCode: "23086", system: "civil-registry", operation: "search", purposeKind: "DOSSIER",
  purposeRef: "HS-001", legalBasis: null, lookupId: "l1", query: { by: "personalId", personalId: "052187003321" },
  resultIds: ["HT-1"], resultCount: 1, outcome: "ok", errorKind: null, ip: "127.0.0.1", prevHash: GENESIS_HASH,
};
/** The hash of `row` as it was before the request id existed: rows written then must keep it. */
const HASH_BEFORE_REQUEST_ID = "25e56ca6b8c9cefd5a229488552b998d53c6711cf54d50b1925d61fde9be03a7";

const entry: AccessLogEntry = { actorLabel: "pleiku.canbo", unitId: "unit-1", system: "CIVIL_REGISTRY", operation: "SEARCH", query: { a: 1 }, resultIds: ["r1", "r2"], outcome: "FOUND" };

describe("the request id in the hash", () => {
  it("leaves a row without one (null, as read back from the table) hashing as before", () => {
    expect(hashRow({ ...row, requestId: null })).toBe(hashRow(row));
    expect(hashRow(row)).toBe(HASH_BEFORE_REQUEST_ID);
  });

  it("is covered when present", () => {
    expect(hashRow({ ...row, requestId: "req-1" })).not.toBe(hashRow(row));
    expect(hashRow({ ...row, requestId: "req-1" })).not.toBe(hashRow({ ...row, requestId: "req-2" }));
  });
});

describe("rowOfEntry", () => {
  it("fills every column but the chain's link, nulls for what the entry leaves out", () => {
    const filled = rowOfEntry(entry, new Date("2026-01-05T00:00:00Z"), 3);
    expect(Object.keys(filled).sort()).toEqual(ACCESS_LOG_COLUMN_NAMES.filter((c) => c !== "seq" && c !== "prevHash").sort());
    expect(filled).toMatchObject({ chain: 3, resultCount: 2, userId: null, ip: null, requestId: null });
  });

  it("keeps an entry's other properties out of the row", () => {
    const filled = rowOfEntry({ ...entry, note: "not a column" } as AccessLogEntry, new Date(), 0);
    expect(filled).not.toHaveProperty("note");
  });

  it("takes the request id of the request being served, unless the entry names one", () => {
    expect(runWithRequestId("req-9", () => rowOfEntry(entry, new Date(), 0).requestId)).toBe("req-9");
    expect(runWithRequestId("req-9", () => rowOfEntry({ ...entry, requestId: "own" }, new Date(), 0).requestId)).toBe("own");
  });
});
