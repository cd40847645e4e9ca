// `npm run audit:verify`: checks the access log's hash chain; exit 1 when it is broken.
import "dotenv/config";
import { createPrismaClient } from "@/lib/db/client";
import { resolveDatabaseUrl } from "@/lib/db/url";
import { verifyAccessLogChain } from "@/lib/audit/verify-chain";

const prisma = createPrismaClient(resolveDatabaseUrl(process.env), { max: 1 });
try {
  const report = await verifyAccessLogChain(prisma);
  if (report.ok) {
    console.log(`access log intact: ${report.rows} rows, chain head at ${report.headSeq}`);
    process.exit(0);
  }
  console.error(`ACCESS LOG TAMPERED: ${report.problem} (checked ${report.rows} rows)`);
  process.exit(1);
} catch (error) {
  console.error(`audit:verify failed: ${(error as Error).message}`);
  process.exit(2);
}
