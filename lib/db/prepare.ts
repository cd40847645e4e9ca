import { createPrismaClient } from "@/lib/db/client";
import { deployMigrations } from "@/lib/db/migrate";
import { isDatabaseEmpty, runSeed } from "@/lib/seed/run-seed";
import { seedDemoSigning } from "@/lib/seed/demo-signing";

/**
 * Brings a database up to date for a development or demo run: applies pending migrations, then
 * seeds reference units and the demo accounts only when the database is empty, so demo data never
 * lands on a database that already holds real work; optionally makes demo signing certificates.
 * With `migrationUrl` (the tables' owner) the migrations run as that login and the seed as `url`'s
 * (a member of hotich_app), as in production.
 */
export async function prepareDevelopmentDatabase(
  url: string,
  log: (line: string) => void,
  options: { demoSigning?: { dir: string; passphrase: string }; migrationUrl?: string } = {},
): Promise<void> {
  const applied = await deployMigrations(options.migrationUrl ?? url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    if (await isDatabaseEmpty(prisma)) {
      log("empty database: seeding units and demo accounts");
      await runSeed(prisma, { demo: true, log });
    }
    if (options.demoSigning) await seedDemoSigning(prisma, options.demoSigning.dir, options.demoSigning.passphrase, log);
  } finally {
    await prisma.$disconnect();
  }
}
