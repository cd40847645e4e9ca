import { describe, it, expect, beforeAll, afterAll, vi } from "vitest";
// One chain, so that one checkpoint checks every row written here.
process.env.ACCESS_LOG_CHAINS = "1";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { ChainWriter } from "@/lib/seed/scale-access-log";
import { generateAuditKeyPair, loadSigningKeys } from "@/lib/audit/keys";
import { signCheckpointIfDue } from "@/lib/audit/sign-checkpoint";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";

// The checkpoint signer runs on the thread that serves requests. It must give the event loop a turn
// every few hundred rows it checks, however long the backlog: a 2,000-row batch held lookups for
// about 100 ms (bench:lookups). Counted in rows hashed between two turns, not in milliseconds.
const MOST_ROWS_PER_TURN = 200;

let hashed = 0;
vi.mock("@/lib/audit/chain", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/audit/chain")>();
  return { ...original, hashRow: (...args: Parameters<typeof original.hashRow>) => (hashed++, original.hashRow(...args)) };
});

const ROWS = 1_000;
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  const client = new pg.Client({ connectionString: t.url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const writer = await ChainWriter.open(client);
    const at = Date.now();
    for (let i = 0; i < ROWS; i++) {
      await writer.push({
        at: new Date(at + i), userId: null, apiClientId: null, actorLabel: `bulk-${i}`, unitId: null, unitCode: "23575", system: "CIVIL_REGISTRY", operation: "SEARCH",
        purposeKind: "DOSSIER", purposeRef: `HS-${i}`, legalBasis: null, lookupId: null, query: { by: "personalId", n: i }, resultIds: [], resultCount: 0,
        outcome: "NOT_FOUND", errorKind: null, ip: null,
      });
    }
    await writer.close();
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
});
afterAll(async () => t?.cleanup());

describe("checkpoint signer", () => {
  it(`checks a ${ROWS}-row backlog giving the event loop a turn every ${MOST_ROWS_PER_TURN} rows at most`, async () => {
    const keys = loadSigningKeys({ signingKey: generateAuditKeyPair().privateKey, nodeEnv: "production" });
    const appended: unknown[] = [];
    let running = true;
    let lastSeen = hashed;
    let mostBetweenTurns = 0;
    const turn = () => {
      mostBetweenTurns = Math.max(mostBetweenTurns, hashed - lastSeen);
      lastSeen = hashed;
      if (running) setImmediate(turn);
    };
    setImmediate(turn);
    const before = hashed;
    const checkpoint = await signCheckpointIfDue(t.prisma, {
      keys,
      sink: { describe: "memory", append: async (c) => void appended.push(c) },
      policy: { rows: 5, minutes: 10 },
    });
    running = false;
    await new Promise((resolve) => setImmediate(resolve));
    expect(checkpoint?.heads).toEqual([expect.objectContaining({ chain: 0, fromSeq: "1", seq: String(ROWS) })]);
    expect(hashed - before).toBe(ROWS);
    expect(mostBetweenTurns).toBeGreaterThan(0);
    expect(mostBetweenTurns).toBeLessThanOrEqual(MOST_ROWS_PER_TURN);
    expect(appended).toHaveLength(1);
    expect(await verifyAccessLogChain(t.prisma, { publicKey: keys.publicKey, exported: appended as never })).toMatchObject({ ok: true, rows: ROWS });
  });
});
