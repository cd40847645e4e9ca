import { createPrismaClient } from "../../../lib/db/client";
import { hashPassword } from "../../../lib/auth/password";
import { E2E } from "../config";

/**
 * Creates an account for one spec directly in the e2e database, so a spec that locks or changes an
 * account never disturbs the demo accounts other specs rely on.
 */
export async function createOfficer(username: string, password: string, unitCode = "23575"): Promise<void> {
  const prisma = createPrismaClient(E2E.databaseUrl, { max: 1 });
  try {
    const unit = await prisma.unit.findUniqueOrThrow({ where: { code: unitCode } });
    await prisma.user.upsert({
      where: { username },
      update: { failedLoginCount: 0, lockedUntil: null, passwordHash: await hashPassword(password) },
      create: { username, fullName: "Cán bộ Kiểm thử", role: "COMMUNE_OFFICER", unitId: unit.id, jurisdictionUnitId: unit.id, passwordHash: await hashPassword(password) },
    });
  } finally {
    await prisma.$disconnect();
  }
}

/** Runs a few statements against the e2e database (a spec moving a date, reading a row). */
export async function withE2eDatabase<T>(work: (db: ReturnType<typeof createPrismaClient>) => Promise<T>): Promise<T> {
  const prisma = createPrismaClient(E2E.databaseUrl, { max: 1 });
  try {
    return await work(prisma);
  } finally {
    await prisma.$disconnect();
  }
}
