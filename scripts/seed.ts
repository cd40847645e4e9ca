// `npm run db:seed [-- --demo]`: imports the reference units into the database and, only with an
// explicit --demo, the demo accounts (in every environment, production included: no flag, no
// demo accounts). Safe to run repeatedly.
import "dotenv/config";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { DEMO_PASSWORD } from "@/lib/seed/demo";
import { runSeed } from "@/lib/seed/run-seed";

const USAGE = "usage: tsx scripts/seed.ts [--demo]";

/** The URL without its password, for messages. */
function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const unknown = args.filter((a) => a !== "--demo");
  if (unknown.length) throw new Error(`unknown argument ${unknown.join(" ")}\n${USAGE}`);
  const demo = args.includes("--demo");

  const url = resolveDatabaseUrl(process.env);
  console.log(`Seeding ${redact(url)}${demo ? " with demo accounts" : ""}`);
  const prisma = createPrismaClient(url, { max: 2 });
  try {
    const started = Date.now();
    const { imported: i, demo: d, totals: t } = await runSeed(prisma, { demo, log: (m) => console.log(`  ${m}`) });
    console.log(`  units: ${i.units.created} created, ${i.units.updated} updated`);
    console.log(`  historical units: ${i.historicalUnits.created} created, ${i.historicalUnits.updated} updated`);
    console.log(`  mappings: ${i.mappings.created} created, ${i.mappings.updated} updated, ${i.mappings.deleted} deleted`);
    if (d) {
      console.log(`  demo accounts created: ${d.created.join(", ") || "none"}; already present: ${d.existing.join(", ") || "none"}`);
      if (d.created.length) console.log(`  demo password: ${DEMO_PASSWORD}`);
    }
    console.log(
      `Done in ${Date.now() - started} ms. Database holds ${t.units} units (${t.communes} communes), ` +
        `${t.historicalUnits} historical units, ${t.mappings} mappings, ${t.agencies} agencies, ${t.users} users.`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().then(
  // Explicit exit: an idle pg pool or PGlite socket can keep the process alive.
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Seed failed: ${message}`);
    if (/ECONNREFUSED|reach database|connect/i.test(message)) {
      console.error("Is the database running? Start the embedded one with `npm run db:server`, or set DATABASE_URL.");
    } else if (/does not exist|relation/i.test(message)) {
      console.error("Has the schema been migrated? Run `npm run db:migrate` first.");
    }
    process.exit(1);
  },
);
