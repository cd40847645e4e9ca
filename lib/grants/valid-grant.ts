import type { Db, Tx } from "@/lib/db/client";

/**
 * The officer's population-database grant that is in force today, or null. In force: recorded as
 * granted, not revoked, and not past its validity (a grant without an end date is valid until
 * revoked). `today` is yyyy-MM-dd in Vietnam time.
 */
export async function findValidGrant(db: Db | Tx, userId: string, today: string) {
  return db.populationGrant.findFirst({
    where: {
      userId,
      status: "GRANTED",
      revokedAt: null,
      user: { active: true },
      OR: [{ validUntil: null }, { validUntil: { gte: new Date(`${today}T00:00:00Z`) } }],
    },
    orderBy: { decidedAt: "desc" },
    select: { id: true, decisionNumber: true, validUntil: true },
  });
}
