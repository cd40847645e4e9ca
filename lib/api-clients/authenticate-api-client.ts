import "server-only";
import { hashApiKey } from "@/lib/api-clients/hash-api-key";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Db } from "@/lib/db/client";
import type { AppError } from "@/lib/errors/app-error";
import type { PurposeCheck } from "@/lib/lookups/check-purpose";
import { checkKeyedLookup, type KeyedClientRow } from "@/lib/lookups/check-keyed-lookup";
import type { TPurpose } from "@/lib/lookups/schemas";
import { rateLimitDecision, type RateLimit, type RateLimitDecision } from "@/lib/security/rate-limit";

export type ApiClientIdentity = {
  id: string;
  name: string;
  unitIds: string[];
  /** The same units by code (code → id), so a unit named in a request needs no query. */
  unitIdsByCode?: ReadonlyMap<string, string>;
};

// lastUsedAt is informative: writing it on every call would add a write to each of the system
// API's lookups, so it is refreshed at most once a minute per client.
const LAST_USED_RESOLUTION_MS = 60_000;

type ClientState = KeyedClientRow;
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
 * The system API's lookup, first step, in one round trip (checkKeyedLookup): the client the key
 * names, the unit `unitCode` names inside the client's scope, the purpose, and the key's hit on its
 * per-key limit. null for a missing, unknown or revoked key. For a known key, either the check, or
 * the refusal to report and log. The identity's unitIds is the unit found (none when refused for
 * the unit): all this request may act on.
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
  const found = await checkKeyedLookup(db, { keyHash: hashApiKey(key), unitCode, purpose, rateWindowSeconds: perKeyLimit.windowSeconds, now });
  if (!found || !(await admit(db, found.client, now))) return null;
  const rate = rateLimitDecision(Number(found.rate.count ?? 1), found.rate.windowStart ?? now, perKeyLimit, now);
  const client = { id: found.client.id, name: found.client.name, unitIds: found.unitId ? [found.unitId] : [] };
  return "refused" in found ? { client, refused: found.refused, rate } : { client, check: found.check, rate };
}
