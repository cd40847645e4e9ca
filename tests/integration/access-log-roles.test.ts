import { describe, it, expect, beforeAll, afterAll } from "vitest";
import pg from "pg";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { runSeed } from "@/lib/seed/run-seed";
import { loadActor } from "@/lib/auth/load-actor";
import { generateDataset } from "@/mock-national/data";
import { createMockCivilRegistry } from "@/mock-national/civil-registry";
import { createMockPopulation } from "@/mock-national/population";
import { searchRecords } from "@/lib/lookups/search-records";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";
import { loadSigningKeys } from "@/lib/audit/keys";
import { signCheckpointIfDue } from "@/lib/audit/sign-checkpoint";
import type { CheckpointSink } from "@/lib/audit/checkpoint-export";
import { env } from "@/lib/server/env";

// Roles exist only on a real PostgreSQL server: embedded PGlite is one superuser session.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL?.trim());

/**
 * Production's two roles (README): the migrations ran as the owner (this file's superuser); the
 * application logs in as a member of hotich_app, which the migrations created and granted.
 */
describe.skipIf(!onPostgres)("the application's database role", () => {
  let t: TestDatabase;
  let app: PrismaClient;
  const login = `app_${Date.now().toString(36)}_${process.pid}`;
  const owner = async (sql: string) => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    await runSeed(t.prisma, { demo: true });
    await owner(`CREATE ROLE "${login}" LOGIN IN ROLE hotich_app`);
    const url = new URL(t.url);
    url.username = login;
    url.password = "";
    app = createPrismaClient(url.toString(), { max: 2 });
  });
  afterAll(async () => {
    await app?.$disconnect();
    await t?.cleanup();
    if (t) await new pg.Client({ connectionString: process.env.TEST_DATABASE_URL }).connect().then(async (c) => {
      await c.query(`DROP ROLE IF EXISTS "${login}"`);
      await c.end();
    }).catch(() => {});
  });

  it("looks up records through the normal path: the lookup and its access-log row are written", async () => {
    const dataset = generateDataset({ people: 2_000 });
    const deps = { db: app, civilRegistry: createMockCivilRegistry(dataset), population: createMockPopulation(dataset, { credentialSecret: env().population.credentialSecret }) };
    const u = await app.user.findUniqueOrThrow({ where: { username: "pleiku.canbo" } });
    const actor = (await loadActor(app, u.id, 0))!;
    const purpose = { kind: "DOSSIER" as const, dossierCode: "HS-ROLE", procedureCode: "1.000894", replacesPapers: ["birth-certificate"] };
    const r = await searchRecords({ kind: "user", actor, ip: "10.0.0.9" }, { unitId: actor.unit!.id, purpose, query: { by: "personalId", personalId: "064198004512" } }, deps);
    expect(r.results.length).toBeGreaterThan(0);
    expect(await app.accessLog.count({ where: { lookupId: r.lookupId } })).toBe(1);
    expect(await verifyAccessLogChain(app)).toMatchObject({ ok: true });
  });

  it("signs and stores a checkpoint (INSERT), as the scheduler does", async () => {
    const keys = loadSigningKeys({ signingKey: undefined, nodeEnv: "test" });
    const sink: CheckpointSink = { describe: "memory", append: async () => {} };
    expect(await signCheckpointIfDue(app, { keys, sink, policy: { rows: 1, minutes: 5 } })).toMatchObject({ n: "1" });
  });

  const refused = (sql: string, error: RegExp) => expect(app.$executeRawUnsafe(sql)).rejects.toThrow(error);
  const DENIED = /permission denied/;
  const NOT_OWNER = /must be owner/;

  it("cannot UPDATE, DELETE, TRUNCATE, ALTER the access log or disable its triggers", async () => {
    await refused(`UPDATE "access_log" SET "actorLabel" = 'x' WHERE "seq" = 1`, DENIED);
    await refused(`DELETE FROM "access_log" WHERE "seq" = 1`, DENIED);
    await refused(`TRUNCATE "access_log"`, DENIED);
    await refused(`ALTER TABLE "access_log" DISABLE TRIGGER access_log_no_update`, NOT_OWNER);
    await refused(`ALTER TABLE "access_log" DISABLE TRIGGER USER`, NOT_OWNER);
    await refused(`ALTER TABLE "access_log" ADD COLUMN "x" int`, NOT_OWNER);
    await refused(`DROP TABLE "access_log"`, NOT_OWNER);
    // Triggers are skipped in replica mode: only a superuser may set it.
    await refused(`SET session_replication_role = replica`, DENIED);
  });

  it("cannot UPDATE, DELETE, TRUNCATE or ALTER the checkpoints", async () => {
    await refused(`UPDATE "access_log_checkpoints" SET "demo" = false`, DENIED);
    await refused(`DELETE FROM "access_log_checkpoints"`, DENIED);
    await refused(`TRUNCATE "access_log_checkpoints"`, DENIED);
    await refused(`ALTER TABLE "access_log_checkpoints" DISABLE TRIGGER USER`, NOT_OWNER);
  });

  it("moves the head (UPDATE) but cannot add, remove or ALTER it", async () => {
    await refused(`INSERT INTO "access_log_head" ("chain", "seq", "hash") VALUES (64, 0, 'x')`, DENIED);
    await refused(`DELETE FROM "access_log_head"`, DENIED);
    await refused(`TRUNCATE "access_log_head"`, DENIED);
    await refused(`ALTER TABLE "access_log_head" ADD COLUMN "x" int`, NOT_OWNER);
    await refused(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ('x', 'x', 'x')`, DENIED);
  });

  it("the owner still sees every row intact", async () => {
    expect(await verifyAccessLogChain(t.prisma, { publicKey: loadSigningKeys({ signingKey: undefined, nodeEnv: "test" }).publicKey })).toMatchObject({ ok: true, checkpoints: 1 });
  });
});
