import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { queryRows } from "@/lib/db/raw-query";
import { createPrismaClient } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/client";

// queryRows sends the hot path's statements through the Prisma client's own pool, without Prisma.
// It must read and write exactly what $queryRaw does for the column types those statements use,
// whatever the process's time zone (pg reads `timestamp` in local time; the columns hold UTC).

let t: TestDatabase;
const savedTz = process.env.TZ;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
  await t?.cleanup();
});

const at = new Date("2026-12-05T23:30:15.123Z");

/** One row of every type the key check and the lookup's write read back, from parameters of every type they send. */
const statement = () => Prisma.sql`
  SELECT ${"Nguyễn Văn A"}::text AS "name", ${true}::boolean AS "active", ${42}::int AS "count",
         CAST(${at} AS timestamp(3)) AS "castTimestamp", (${at.toISOString()}::timestamptz AT TIME ZONE 'UTC') AS "utcTimestamp",
         ${at}::timestamptz AS "withZone", NULL::timestamp(3) AS "none", ${["a", "b"]}::text[] AS "list",
         json_build_object('code', ${"23575"}::text) AS "json", ${JSON.stringify({ k: [1] })}::jsonb AS "jsonb", 12345678901::bigint::text AS "seq"`;

describe("queryRows", () => {
  for (const tz of ["UTC", "Asia/Ho_Chi_Minh", "America/New_York"]) {
    it(`reads and writes what $queryRaw does (process time zone ${tz})`, async () => {
      process.env.TZ = tz;
      const [fast] = await queryRows<Record<string, unknown>>(t.prisma, statement());
      const [viaPrisma] = await t.prisma.$queryRaw<Record<string, unknown>[]>(statement());
      expect(fast).toEqual(viaPrisma);
      // And both are right: a Date sent and read back through `timestamp` keeps its instant.
      expect(fast!.castTimestamp).toEqual(at);
      expect(fast!.utcTimestamp).toEqual(at);
      expect(fast!.withZone).toEqual(at);
      expect(fast!.none).toBeNull();
      expect(fast!.json).toEqual({ code: "23575" });
    });
  }

  it("goes through Prisma for a client it did not make (a transaction, a test double)", async () => {
    const calls: unknown[] = [];
    const double = { $queryRaw: async (sql: unknown) => (calls.push(sql), [{ one: 1 }]) } as unknown as Db;
    expect(await queryRows(double, Prisma.sql`SELECT 1 AS "one"`)).toEqual([{ one: 1 }]);
    expect(calls).toHaveLength(1);
    const inTx = await t.prisma.$transaction((tx) => queryRows<{ one: number }>(tx, Prisma.sql`SELECT 1::int AS "one"`));
    expect(inTx).toEqual([{ one: 1 }]);
  });

  it("reports a failing statement as the driver's error, which the availability check reads too", async () => {
    await expect(queryRows(t.prisma, Prisma.sql`SELECT * FROM "no_such_table"`)).rejects.toMatchObject({ code: "42P01" });
  });

  it("prepares a statement once per connection, under one name, and reuses it", async () => {
    const one = createPrismaClient(t.url, { max: 1 });
    try {
      const text = Prisma.sql`SELECT ${"prepared once"}::text AS "said", ${7}::int AS "n"`;
      for (let i = 0; i < 3; i++) expect(await queryRows(one, text)).toEqual([{ said: "prepared once", n: 7 }]);
      const prepared = await one.$queryRaw<{ name: string }[]>`SELECT "name" FROM pg_prepared_statements WHERE "statement" = ${text.text}`;
      expect(prepared).toHaveLength(1);
    } finally {
      await one.$disconnect();
    }
  });

  it("runs one named statement from many connections at once", async () => {
    const many = createPrismaClient(t.url, { max: 5 });
    try {
      const rows = await Promise.all(Array.from({ length: 40 }, (_, i) => queryRows<{ n: number }>(many, Prisma.sql`SELECT ${i}::int AS "n"`)));
      expect(rows.map((r) => r[0]!.n)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    } finally {
      await many.$disconnect();
    }
  });

  it("re-prepares a statement whose result columns a migration changed, instead of failing", async () => {
    const one = createPrismaClient(t.url, { max: 1 });
    try {
      await one.$executeRawUnsafe(`CREATE TABLE "stale_plan" ("a" int)`);
      await one.$executeRawUnsafe(`INSERT INTO "stale_plan" VALUES (1)`);
      const select = Prisma.sql`SELECT * FROM "stale_plan" WHERE "a" = ${1}::int`;
      expect(await queryRows(one, select)).toEqual([{ a: 1 }]);
      await one.$executeRawUnsafe(`ALTER TABLE "stale_plan" ADD COLUMN "b" text DEFAULT 'x'`);
      expect(await queryRows(one, select)).toEqual([{ a: 1, b: "x" }]);
      expect(await queryRows(one, select)).toEqual([{ a: 1, b: "x" }]);
    } finally {
      await one.$executeRawUnsafe(`DROP TABLE IF EXISTS "stale_plan"`);
      await one.$disconnect();
    }
  });
});
