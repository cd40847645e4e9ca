import "server-only";
import { hashApiKey } from "@/lib/api-clients/hash-api-key";
import { resolveDeps, type Deps } from "@/lib/deps";
import type { Db } from "@/lib/db/client";
import { AppError, isAppError } from "@/lib/errors";
import { PURPOSE_CHECK_COLUMNS, purposeCheckFromRow, purposeCheckJoins, type CheckRow, type PurposeCheck } from "@/lib/lookups/check-purpose";
import type { TPurpose } from "@/lib/lookups/schemas";
import { rateLimitDecision, type RateLimit, type RateLimitDecision } from "@/lib/rate-limit";

export type ApiClientIdentity = {
  id: string;
  name: string;
  unitIds: string[];
  /** The same units by code (code → id), so a unit named in a request needs no query. */
  unitIdsByCode?: ReadonlyMap<string, string>;
};

// lastUsedAt is informative: writing it on every call would add a write to each lookup at
// 300 lookups/s, so it is refreshed at most once a minute per client.
const LAST_USED_RESOLUTION_MS = 60_000;

type ClientState = {
  id: string;
  name: string;
  active: boolean;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  scopeActive: boolean;
};
type ClientRow = ClientState & { unitIds: string[]; unitCodes: string[] };

const bearer = (authorization: string | null) => /^Bearer\s+(\S{8,200})$/i.exec(authorization?.trim() ?? "")?.[1] ?? null;

/** Whether the client may call at all; refreshes lastUsedAt (at most once a minute). */
async function admit(db: Db, client: ClientState | undefined, now: Date): Promise<boolean> {
  if (!client || !client.active || client.revokedAt || !client.scopeActive) return false;
  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiClient.update({ where: { id: client.id }, data: { lastUsedAt: now } });
  }
  return true;
}

/**
 * The API client a `Authorization: Bearer <key>` header names, with the unit ids of its scope
 * (its unit, or the province and every unit below it); null for a missing, unknown or revoked key.
 * Keys are stored as SHA-256 hashes: they are long random strings, so a slow hash adds nothing.
 * One round trip: the client, its scope unit and the units under it (path prefix) come together.
 */
export async function authenticateApiClient(authorization: string | null, deps?: Deps): Promise<ApiClientIdentity | null> {
  const { db, now } = resolveDeps(deps);
  const key = bearer(authorization);
  if (!key) return null;
  const [client] = await db.$queryRaw<ClientRow[]>`
    SELECT c."id", c."name", c."active", c."revokedAt", c."lastUsedAt", s."active" AS "scopeActive",
           array_agg(u."id") AS "unitIds", array_agg(u."code") AS "unitCodes"
      FROM "api_clients" c
      JOIN "units" s ON s."id" = c."scopeUnitId"
      JOIN "units" u ON starts_with(u."path", s."path")
     WHERE c."keyHash" = ${hashApiKey(key)}
     GROUP BY c."id", s."id"`;
  if (!client || !(await admit(db, client, now))) return null;
  return {
    id: client.id,
    name: client.name,
    unitIds: client.unitIds,
    unitIdsByCode: new Map(client.unitCodes.map((code, i) => [code, client.unitIds[i]!])),
  };
}

/**
 * The system API's lookup, first step, in ONE round trip: the client the key names, the unit
 * `unitCode` names inside the client's scope, and the purpose's procedure and dossier (the checks
 * of checkPurpose). null for a missing, unknown or revoked key. For a known key, either the check,
 * or the refusal to report and log: NOT_FOUND naming unitCode for a unit outside the scope, the
 * purpose's field errors as checkPurpose gives them. The identity's unitIds is that one unit: all
 * this request may act on. (One statement fewer per lookup than authenticateApiClient +
 * checkPurpose: each costs the server a write and a read on the socket.)
 */
export async function authenticateForLookup(
  authorization: string | null,
  unitCode: string,
  purpose: TPurpose,
  perKeyLimit: RateLimit,
  deps?: Deps,
): Promise<({ client: ApiClientIdentity; check: PurposeCheck } | { client: ApiClientIdentity; refused: AppError }) & { rate: RateLimitDecision } | null> {
  const { db, now } = resolveDeps(deps);
  const key = bearer(authorization);
  if (!key) return null;
  // The key's hit is counted in the same statement (a data-modifying CTE on rate_limit_buckets, as
  // consumeRateLimit does it): the per-key limit costs the lookup no extra round trip.
  const expiredBefore = new Date(now.getTime() - perKeyLimit.windowSeconds * 1000);
  const [row] = await db.$queryRaw<(ClientState & { [K in keyof CheckRow]: CheckRow[K] | null } & { rateWindowStart: Date | null; rateCount: number | null })[]>`
    WITH found AS (
      SELECT c."id", c."name", c."active", c."revokedAt", c."lastUsedAt", s."active" AS "scopeActive", ${PURPOSE_CHECK_COLUMNS}
        FROM "api_clients" c
        JOIN "units" s ON s."id" = c."scopeUnitId"
        LEFT JOIN "units" u ON u."code" = ${unitCode} AND starts_with(u."path", s."path")
        ${purposeCheckJoins(purpose)}
       WHERE c."keyHash" = ${hashApiKey(key)}
    ), hit AS (
      INSERT INTO "rate_limit_buckets" ("key", "windowStart", "count")
      SELECT 'api:' || f."id", CAST(${now} AS timestamp(3)), 1 FROM found f
      ON CONFLICT ("key") DO UPDATE SET
        "windowStart" = CASE WHEN "rate_limit_buckets"."windowStart" <= CAST(${expiredBefore} AS timestamp(3)) THEN EXCLUDED."windowStart" ELSE "rate_limit_buckets"."windowStart" END,
        "count" = CASE WHEN "rate_limit_buckets"."windowStart" <= CAST(${expiredBefore} AS timestamp(3)) THEN 1 ELSE "rate_limit_buckets"."count" + 1 END
      RETURNING "windowStart" AS "rateWindowStart", "count" AS "rateCount"
    )
    SELECT f.*, h."rateWindowStart", h."rateCount" FROM found f LEFT JOIN hit h ON true`;
  if (!row || !(await admit(db, row, now))) return null;
  const rate = rateLimitDecision(Number(row.rateCount ?? 1), row.rateWindowStart ?? now, perKeyLimit, now);
  if (!row.unitId || !row.unitCode) {
    const refused = new AppError("NOT_FOUND", { message: "unitCode outside the client's scope", fieldErrors: { unitCode: "unknown unit, or outside this key's scope" }, refusal: "out_of_jurisdiction" });
    return { client: { id: row.id, name: row.name, unitIds: [] }, refused, rate };
  }
  const client = { id: row.id, name: row.name, unitIds: [row.unitId] };
  try {
    return { client, check: purposeCheckFromRow({ ...row, unitId: row.unitId, unitCode: row.unitCode }, purpose), rate };
  } catch (error) {
    if (isAppError(error) && error.refusal) return { client, refused: error, rate };
    throw error;
  }
}
