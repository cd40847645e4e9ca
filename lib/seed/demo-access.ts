import { hashApiKey } from "@/lib/api-clients/hash-api-key";
import type { Tx } from "@/lib/db/client";
import { PROVINCE_CODE } from "@/lib/units/import-units";

/** The province-wide demo key of the TTHC system client. Demo only; real keys are generated. */
export const DEMO_API_KEY = "demo-tthc-key";
export const DEMO_API_CLIENT_NAME = "Hệ thống thông tin giải quyết TTHC tỉnh (demo)";

// Officers who hold a population-database grant in the demo. iao.canbo deliberately has none, so
// the refusal can be shown; signers look up rarely and have none either.
const GRANTED = ["pleiku.canbo", "quynhon.canbo", "stp.canbo"];
export const DEMO_GRANT_DECISION = "Quyết định số 1234/QĐ-CAT-PC06 (demo)";

/**
 * Demo population-database grants (until the Administration pages record real ones) and the demo
 * API client. Creates what is missing; never touches existing rows.
 */
export async function seedDemoAccess(tx: Tx, today: Date = new Date()): Promise<{ grants: number; apiClient: boolean }> {
  const admin = await tx.user.findUnique({ where: { username: "admin" }, select: { id: true } });
  const users = await tx.user.findMany({ where: { username: { in: GRANTED } }, select: { id: true, grants: { select: { id: true } } } });
  const validUntil = new Date(Date.UTC(today.getUTCFullYear() + 1, 11, 31));
  const decidedOn = new Date(Date.UTC(today.getUTCFullYear(), 0, 15));
  let grants = 0;
  for (const u of users.filter((x) => x.grants.length === 0)) {
    await tx.populationGrant.create({
      data: { userId: u.id, status: "GRANTED", decisionNumber: DEMO_GRANT_DECISION, decidedOn, validUntil, decidedById: admin?.id ?? null, decidedAt: decidedOn, requestedAt: decidedOn },
    });
    grants += 1;
  }
  const province = await tx.unit.findUniqueOrThrow({ where: { code: PROVINCE_CODE }, select: { id: true } });
  const created = await tx.apiClient.createMany({
    data: [{ name: DEMO_API_CLIENT_NAME, scopeUnitId: province.id, keyHash: hashApiKey(DEMO_API_KEY), keyPrefix: DEMO_API_KEY.slice(0, 8) }],
    skipDuplicates: true,
  });
  return { grants, apiClient: created.count > 0 };
}
