// `npm run seed:scale -- --months 12 [--scale 1]`: a year of activity for the whole province
// (lib/seed/scale.ts), then the daily rollup and the monthly reports (lib/seed/scale-reports.ts).
// DATABASE_URL, or the embedded database (its server must be running: npm run db:server / dev).
import "dotenv/config";
import pg from "pg";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { seedScale } from "@/lib/seed/scale";
import { rebuildRollupAndReports } from "@/lib/seed/scale-reports";
import { positiveArg } from "@/lib/dev/cli-args";


const url = resolveDatabaseUrl(process.env);
const months = Math.round(positiveArg("months", 12));
const scale = positiveArg("scale", 1);
const started = Date.now();
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const now = new Date();
  const result = await seedScale(client, { months, now, scale, log: (l) => console.log(`  ${l}`) });
  console.log(`  bulk load done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const prisma = createPrismaClient(url, { max: 4 });
  const { reports } = await rebuildRollupAndReports(prisma, months, now);
  await prisma.$disconnect();
  console.log(JSON.stringify({ ...result, reports, seconds: Math.round((Date.now() - started) / 1000) }));
} catch (error) {
  console.error(`seed:scale failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await client.end();
}
