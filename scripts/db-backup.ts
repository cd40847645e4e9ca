// `npm run db:backup [-- --out <file>]`: a consistent snapshot of the database into
// backups/ho-tich-<yyyyMMdd-HHmmss>.dump (PostgreSQL, pg_dump custom format) or .tar.gz (the embedded
// database's folder). See lib/db/backup.ts and README, "Production".
import "dotenv/config";
import { parseArgs } from "node:util";
import { backupEmbedded, backupPostgres, defaultBackupPath, resolveBackupTarget } from "@/lib/db/backup";
import { describeUrl } from "@/lib/db/url";

try {
  const { values } = parseArgs({ options: { out: { type: "string" } }, allowPositionals: false });
  const target = resolveBackupTarget(process.env);
  const out = values.out ?? defaultBackupPath(target.kind);
  const started = Date.now();
  if (target.kind === "postgres") await backupPostgres(target.url, out, process.env);
  else await backupEmbedded(target.dataDir, out);
  const from = target.kind === "postgres" ? describeUrl(target.url) : `the embedded database in ${target.dataDir}`;
  console.log(`Backed up ${from} to ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  process.exit(0);
} catch (error) {
  console.error(`db:backup failed: ${(error as Error).message}`);
  process.exit(1);
}
