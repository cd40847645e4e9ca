import { describe, it, expect, beforeAll, afterAll } from "vitest";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { ChainWriter } from "@/lib/seed/scale-access-log";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { writeAccessLog } from "@/lib/audit/write-access-log";

// The bulk loader of the scale seed writes access-log rows column by column from the row's one
// column list; the verifier, which reads them back through Prisma, must find every hash right.

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t?.cleanup());

describe("ChainWriter", () => {
  it("appends rows the verifier accepts, and the chain goes on from them", async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      const writer = await ChainWriter.open(client, 2);
      const at = new Date();
      for (let i = 0; i < 5; i++) {
        await writer.push({
          at: new Date(at.getTime() + i), userId: null, apiClientId: null, actorLabel: `bulk-${i}`, unitId: "u-1", unitCode: "23575", system: "CIVIL_REGISTRY", operation: "SEARCH",
          purposeKind: "DOSSIER", purposeRef: `HS-${i}`, legalBasis: null, lookupId: null, query: { by: "personalId", n: i }, resultIds: i % 2 ? ["R-1", "R-2"] : [], resultCount: i % 2 ? 2 : 0,
          outcome: i % 2 ? "FOUND" : "NOT_FOUND", errorKind: null, ip: null,
        });
      }
      await writer.close();
      await client.query("COMMIT");
    } finally {
      await client.end();
    }
    const rows = await t.prisma.accessLog.findMany({ where: { chain: 0 }, orderBy: { seq: "asc" } });
    expect(rows.map((r) => [r.actorLabel, r.resultIds, r.requestId])).toEqual([0, 1, 2, 3, 4].map((i) => [`bulk-${i}`, i % 2 ? ["R-1", "R-2"] : [], null]));
    await t.prisma.$transaction((tx) => writeAccessLog(tx, { actorLabel: "after", system: "CIVIL_REGISTRY", operation: "SEARCH", query: {}, resultIds: [], outcome: "NOT_FOUND", requestId: "req-after" }));
    expect(await verifyAccessLogChain(t.prisma)).toMatchObject({ ok: true, rows: 6 });
  });
});
