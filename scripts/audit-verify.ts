// `npm run audit:verify [-- --export <file>] [--public-key <file>]`: checks the access log's hash
// chain, its signed checkpoints (with the public key) and the export of the checkpoints outside the
// database; exit 1 naming the first bad seq when anything was altered or removed, 2 when it cannot check.
import "dotenv/config";
import { readFileSync } from "node:fs";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { parseAuditEnv } from "@/lib/env";
import { loadVerifyKey, parsePublicKey } from "@/lib/audit/keys";
import { readExportFile } from "@/lib/audit/checkpoint-export";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const prisma = createPrismaClient(resolveDatabaseUrl(process.env), { max: 1 });
try {
  const config = parseAuditEnv(process.env);
  const keyFile = option("--public-key");
  const publicKey = keyFile ? parsePublicKey(readFileSync(keyFile, "utf8"), keyFile) : loadVerifyKey(config);
  // An HTTP export is read where it is received: pass Sở Tư pháp's copy with --export.
  const exportPath = option("--export") ?? (config.export.kind === "file" ? config.export.path : undefined);
  let exported = null;
  if (exportPath) {
    const read = await readExportFile(exportPath);
    if ("problem" in read) {
      console.error(`ACCESS LOG TAMPERED: ${read.problem} (${exportPath})`);
      process.exit(1);
    }
    exported = read.checkpoints;
  } else {
    console.warn(`The checkpoint export is ${config.export.kind === "http" ? config.export.url : "not set"}: checking the database's checkpoints only (use --export <file>).`);
  }
  const report = await verifyAccessLogChain(prisma, { publicKey, exported });
  if (report.ok) {
    console.log(`access log intact: ${report.rows} rows, chain head at ${report.headSeq}; ${report.checkpoints} signed checkpoint(s), rows 1–${report.signedThrough} signed`);
    process.exit(0);
  }
  console.error(`ACCESS LOG TAMPERED: ${report.problem} (first bad seq: ${report.seq ?? "unknown"}; checked ${report.rows} rows)`);
  process.exit(1);
} catch (error) {
  console.error(`audit:verify failed: ${(error as Error).message}`);
  process.exit(2);
}
