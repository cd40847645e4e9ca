// Benchmark of the slow reporting steps: npm run bench:reports [-- --months 12 --scale 0.05 --runs 20]
//
// Provisions a private PostgreSQL 15 cluster, migrates, seeds, loads the scale data and its rollup
// (as bench:dashboard does), then lib/bench/reports.ts measures opening/creating a monthly report
// and issuing an agency answer, with the same run's floor. Progress on stderr; the LAST stdout line
// is one JSON object. Everything started is stopped and deleted at the end, on error and on Ctrl-C.
import pg from "pg";
import { startPgCluster, type PgCluster } from "@/lib/bench/pg-cluster";
import { benchReports } from "@/lib/bench/reports";
import { createPrismaClient } from "@/lib/db/client";
import { deployMigrations } from "@/lib/db/migrate";
import { runSeed } from "@/lib/seed/run-seed";
import { seedScale } from "@/lib/seed/scale";
import { rebuildRollupAndReports } from "@/lib/seed/scale-reports";
import { positiveArg } from "@/lib/dev/cli-args";

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const months = Math.round(positiveArg("months", 12));
const scale = positiveArg("scale", 0.05);
const runs = Math.round(positiveArg("runs", 20));
const port = process.env.BENCH_PG_PORT ? Number(process.env.BENCH_PG_PORT) : undefined;

let cluster: PgCluster | undefined;
let stops: Pick<PgCluster, "stop" | "stopSync"> | undefined;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void (stops?.stop() ?? Promise.resolve()).finally(() => process.exit(130)));
}
process.on("exit", () => stops?.stopSync());

try {
  cluster = await startPgCluster({ log, port, onCreate: (h) => (stops = h) });
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query("CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;");
  log(`migrations: ${(await deployMigrations(cluster.url)).length} applied`);
  const prisma = createPrismaClient(cluster.url, { max: 8 });
  await runSeed(prisma, { demo: false });
  const now = new Date();
  const loaded = await seedScale(client, { months, now, scale, log });
  log(`scale data: ${JSON.stringify(loaded)}`);
  await rebuildRollupAndReports(prisma, months, now);
  await client.query("ANALYZE");
  const result = await benchReports(prisma, client, { runs, now, log });
  await prisma.$disconnect();
  await client.end();
  await stops?.stop();
  console.log(JSON.stringify({ months, scale, accessLogRows: loaded.accessLogRows, ...result }));
} catch (error) {
  log(`failed: ${(error as Error).stack ?? error}`);
  if (cluster) log(cluster.logTail(20));
  await stops?.stop();
  process.exitCode = 1;
}
