import type { PrismaClient } from "@/lib/db/client";
import { issueDemoCredentials } from "@/lib/signing/demo-store";

/**
 * Demo signing certificates for the units that have demo accounts, under a local demo CA, in
 * `dir` (laid out as production's SIGNING_CERT_DIR). Every name says "DEMO — không có giá trị pháp
 * lý". For demos and end-to-end tests run as production builds, which never make certificates.
 */
export async function seedDemoSigning(prisma: PrismaClient, dir: string, passphrase: string, log: (line: string) => void = () => {}): Promise<void> {
  const units = await prisma.unit.findMany({ where: { members: { some: {} } }, select: { code: true, name: true } });
  const made = issueDemoCredentials(dir, units, passphrase);
  if (made > 0) log(`demo signing certificates for ${made} units in ${dir} (DEMO — no legal value)`);
}
