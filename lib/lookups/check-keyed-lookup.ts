import "server-only";
import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/raw-query";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { PURPOSE_CHECK_COLUMNS, purposeCheckFromRow, purposeCheckJoins, type CheckRow, type PurposeCheck } from "@/lib/lookups/check-purpose";
import type { TPurpose } from "@/lib/lookups/schemas";

/** The API client a key hash names, as stored: whether it may call is the caller's to decide. */
export type KeyedClientRow = {
  id: string;
  name: string;
  active: boolean;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  /** Whether the client's scope unit is active. */
  scopeActive: boolean;
};

export type KeyedLookupCheck = {
  client: KeyedClientRow;
  /** The key's rate-limit bucket after this hit: the window it falls in and the hits in it. */
  rate: { windowStart: Date | null; count: number | null };
  /** The unit unitCode names inside the client's scope; null when there is none. */
  unitId: string | null;
} & ({ check: PurposeCheck } | { refused: AppError });

/**
 * The system API's lookup checks in ONE statement: the client a key hash names, the unit `unitCode`
 * names inside that client's scope, the purpose's procedure and dossier (the rules of checkPurpose),
 * and one hit on the key's rate-limit bucket ("api:" + client id, counted as consumeRateLimit does,
 * in a data-modifying CTE). null when no client has that key hash. Otherwise the check, or the
 * refusal to report and log: NOT_FOUND naming unitCode for a unit outside the scope, the purpose's
 * field errors as checkPurpose gives them. One statement instead of a key check plus checkPurpose
 * saves a round trip on every lookup the provincial system makes.
 */
export async function checkKeyedLookup(
  db: Db,
  a: { keyHash: string; unitCode: string; purpose: TPurpose; rateWindowSeconds: number; now: Date },
): Promise<KeyedLookupCheck | null> {
  const { now, purpose } = a;
  const expiredBefore = new Date(now.getTime() - a.rateWindowSeconds * 1000);
  const [row] = await queryRows<KeyedClientRow & { [K in keyof CheckRow]: CheckRow[K] | null } & { rateWindowStart: Date | null; rateCount: number | null }>(db, Prisma.sql`
    WITH found AS (
      SELECT c."id", c."name", c."active", c."revokedAt", c."lastUsedAt", s."active" AS "scopeActive", ${PURPOSE_CHECK_COLUMNS}
        FROM "api_clients" c
        JOIN "units" s ON s."id" = c."scopeUnitId"
        LEFT JOIN "units" u ON u."code" = ${a.unitCode} AND starts_with(u."path", s."path")
        ${purposeCheckJoins(purpose)}
       WHERE c."keyHash" = ${a.keyHash}
    ), hit AS (
      INSERT INTO "rate_limit_buckets" ("key", "windowStart", "count")
      SELECT 'api:' || f."id", CAST(${now} AS timestamp(3)), 1 FROM found f
      ON CONFLICT ("key") DO UPDATE SET
        "windowStart" = CASE WHEN "rate_limit_buckets"."windowStart" <= CAST(${expiredBefore} AS timestamp(3)) THEN EXCLUDED."windowStart" ELSE "rate_limit_buckets"."windowStart" END,
        "count" = CASE WHEN "rate_limit_buckets"."windowStart" <= CAST(${expiredBefore} AS timestamp(3)) THEN 1 ELSE "rate_limit_buckets"."count" + 1 END
      RETURNING "windowStart" AS "rateWindowStart", "count" AS "rateCount"
    )
    SELECT f.*, h."rateWindowStart", h."rateCount" FROM found f LEFT JOIN hit h ON true`);
  if (!row) return null;
  const client: KeyedClientRow = { id: row.id, name: row.name, active: row.active, revokedAt: row.revokedAt, lastUsedAt: row.lastUsedAt, scopeActive: row.scopeActive };
  const rate = { windowStart: row.rateWindowStart, count: row.rateCount };
  if (!row.unitId || !row.unitCode) {
    const refused = new AppError("NOT_FOUND", { message: "unitCode outside the client's scope", fieldErrors: { unitCode: "unknown unit, or outside this key's scope" }, refusal: "out_of_jurisdiction" });
    return { client, rate, unitId: null, refused };
  }
  const unitId = row.unitId;
  try {
    return { client, rate, unitId, check: purposeCheckFromRow({ ...row, unitId: row.unitId, unitCode: row.unitCode }, purpose) };
  } catch (error) {
    if (isAppError(error) && error.refusal) return { client, rate, unitId, refused: error };
    throw error;
  }
}
