import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, poolConfig } from "@/lib/db/client";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

// PGlite runs every statement to completion in one thread and ignores statement_timeout, so the
// cancellation itself is checked on PostgreSQL only (TEST_DATABASE_URL).
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.cleanup();
});

describe("the app's pool", () => {
  it("takes its size and timeouts from the options, with the statement timeout as a session setting", () => {
    expect(poolConfig("postgresql://x/y", { max: 7, statementTimeoutMs: 1234, idleTimeoutMs: 5000 })).toMatchObject({
      max: 7,
      statement_timeout: 1234,
      idleTimeoutMillis: 5000,
    });
    // 0 (off) sends no setting at all: the server's default applies.
    expect(poolConfig("postgresql://x/y", { statementTimeoutMs: 0 }).statement_timeout).toBeUndefined();
    expect(poolConfig("postgresql://x/y").max).toBe(10);
  });

  it("still answers quick statements under a statement timeout", async () => {
    const db = createPrismaClient(t.url, { max: 1, statementTimeoutMs: 5_000 });
    try {
      expect(await db.$queryRaw<{ n: number }[]>`SELECT 1::int AS "n"`).toEqual([{ n: 1 }]);
    } finally {
      await db.$disconnect();
    }
  });

  it.skipIf(!onPostgres)("cancels a statement that runs longer than the timeout (PostgreSQL only: PGlite ignores statement_timeout)", async () => {
    const db = createPrismaClient(t.url, { max: 1, statementTimeoutMs: 200 });
    try {
      const [row] = await db.$queryRaw<{ setting: string }[]>`SELECT current_setting('statement_timeout') AS "setting"`;
      expect(row!.setting).toBe("200ms");
      await expect(db.$queryRaw`SELECT pg_sleep(2)`).rejects.toThrow(/statement timeout/i);
    } finally {
      await db.$disconnect();
    }
  });
});
