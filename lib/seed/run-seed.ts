import type { PrismaClient } from "@/lib/db/client";
import { UnitLevel } from "@/lib/generated/prisma/enums";
import { DEMO_ACCOUNTS, seedDemo, type DemoSeedResult } from "@/lib/seed/demo";
import { importReferenceUnits, type ImportCounts } from "@/lib/units/import-units";
import { seedCatalogue } from "@/lib/seed/catalogue";
import { seedDemoAccess } from "@/lib/seed/demo-access";
import { seedReportsDemo } from "@/lib/seed/demo-reports";
import { seedDemoAgencyRequests } from "@/lib/seed/demo-agency-requests";
import { seedDemoTwoFactor } from "@/lib/seed/demo-admin";

/** What a seed run wrote, and what the database holds afterwards. */
export interface SeedResult {
  imported: ImportCounts;
  demo: DemoSeedResult | null;
  totals: { units: number; communes: number; historicalUnits: number; mappings: number; agencies: number; users: number };
}

export interface SeedOptions {
  /** Create the demo agency and accounts. Only ever true on an explicit request (--demo). */
  demo: boolean;
  log?: (message: string) => void;
}

/**
 * Imports the reference units and, when asked, the demo accounts, in one transaction: a failure
 * half-way leaves the database as it was. Safe to run again; see importReferenceUnits and seedDemo.
 */
export async function runSeed(prisma: PrismaClient, { demo, log = () => {} }: SeedOptions): Promise<SeedResult> {
  const { imported, demoResult } = await prisma.$transaction(
    async (tx) => {
      log("Importing reference units (province, Sở Tư pháp, communes, pre-reform units)…");
      const imported = await importReferenceUnits(tx);
      log("Importing the procedure catalogue and the papers it replaces…");
      await seedCatalogue(tx);
      if (!demo) return { imported, demoResult: null };
      log("Creating demo agency, accounts, population-database grants and the demo API key…");
      const demoResult = await seedDemo(tx);
      await seedDemoAccess(tx);
      await seedReportsDemo(tx);
      await seedDemoAgencyRequests(tx);
      await seedDemoTwoFactor(tx, DEMO_ACCOUNTS.map((a) => a.username));
      return { imported, demoResult };
    },
    // The default 5 s interactive-transaction timeout is too tight for a first import on a cold
    // PGlite plus eight argon2 hashes on a small machine.
    { maxWait: 10_000, timeout: 120_000 },
  );
  const [units, communes, historicalUnits, mappings, agencies, users] = await Promise.all([
    prisma.unit.count(),
    prisma.unit.count({ where: { level: UnitLevel.COMMUNE } }),
    prisma.historicalUnit.count(),
    prisma.historicalUnitMapping.count(),
    prisma.agency.count(),
    prisma.user.count(),
  ]);
  return { imported, demo: demoResult, totals: { units, communes, historicalUnits, mappings, agencies, users } };
}

/** True when no unit exists yet: the database was migrated but never seeded. */
export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.unit.findFirst({ select: { id: true } })) === null;
}
