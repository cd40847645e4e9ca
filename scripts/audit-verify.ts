// `npm run audit:verify [-- --export <file>] [--public-key <file>]`: checks the access log's hash
// chain, its signed checkpoints (with the public key) and the export of the checkpoints outside the
// database; exit 1 naming the first bad seq when anything was altered or removed, 2 when it cannot check.
import "dotenv/config";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { printAuditVerify, runAuditVerify } from "@/lib/audit/verify-command";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const prisma = createPrismaClient(resolveDatabaseUrl(process.env), { max: 1 });
try {
  const result = await runAuditVerify(prisma, { env: process.env, publicKeyFile: option("--public-key"), exportFile: option("--export") });
  printAuditVerify(result);
  process.exit(result.exitCode);
} catch (error) {
  console.error(`audit:verify failed: ${(error as Error).message}`);
  process.exit(2);
}
