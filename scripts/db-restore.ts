// `npm run db:restore -- <file> [--force] [--public-key <file>] [--export <file>]`: restores a
// `db:backup` file into an empty database (PostgreSQL: MIGRATION_DATABASE_URL, else DATABASE_URL; else
// the embedded database's folder), then checks the restored access log as `npm run audit:verify` does.
// Exit 1 when the restore fails or the restored access log does not verify.
import "dotenv/config";
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/lib/db/client";
import { startEmbeddedDatabase } from "@/lib/db/pglite-server";
import { resolveBackupTarget, restoreEmbedded, restorePostgres } from "@/lib/db/backup";
import { describeUrl } from "@/lib/db/url";
import { printAuditVerify, runAuditVerify } from "@/lib/audit/verify-command";

/** The restored access log checked as `npm run audit:verify` does; its exit code. */
async function verifyRestored(url: string, verify: Parameters<typeof runAuditVerify>[1]): Promise<number> {
  const prisma = createPrismaClient(url, { max: 1 });
  try {
    const result = await runAuditVerify(prisma, verify);
    printAuditVerify(result);
    return result.exitCode;
  } finally {
    await prisma.$disconnect();
  }
}

const USAGE = "Usage: npm run db:restore -- <backup file> [--force] [--public-key <file>] [--export <file>]";

try {
  const { values, positionals } = parseArgs({
    options: { force: { type: "boolean" }, "public-key": { type: "string" }, export: { type: "string" } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new Error(USAGE);
  const target = resolveBackupTarget(process.env);
  const verify = { env: process.env, publicKeyFile: values["public-key"], exportFile: values.export };
  let exitCode: number;
  if (target.kind === "postgres") {
    await restorePostgres(target.url, file, { env: process.env, force: values.force });
    console.log(`Restored ${file} into ${describeUrl(target.url)}.`);
    exitCode = await verifyRestored(target.url, verify);
  } else {
    const movedTo = await restoreEmbedded(target.dataDir, file, { force: values.force });
    console.log(`Restored ${file} into ${target.dataDir}.${movedTo ? ` The previous database was moved to ${movedTo}.` : ""}`);
    const db = await startEmbeddedDatabase({ dataDir: target.dataDir, port: 0 });
    try {
      exitCode = await verifyRestored(db.url, verify);
    } finally {
      await db.stop();
    }
  }
  process.exit(exitCode);
} catch (error) {
  console.error(`db:restore failed: ${(error as Error).message}`);
  process.exit(1);
}
