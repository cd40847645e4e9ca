import "server-only";
import { hashApiKey } from "@/lib/seed/demo-access";
import { resolveDeps, type Deps } from "@/lib/deps";

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

type ClientRow = {
  id: string;
  name: string;
  active: boolean;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  scopeActive: boolean;
  unitIds: string[];
  unitCodes: string[];
};

/**
 * The API client a `Authorization: Bearer <key>` header names, with the unit ids of its scope
 * (its unit, or the province and every unit below it); null for a missing, unknown or revoked key.
 * Keys are stored as SHA-256 hashes: they are long random strings, so a slow hash adds nothing.
 * One round trip: the client, its scope unit and the units under it (path prefix) come together.
 */
export async function authenticateApiClient(authorization: string | null, deps?: Deps): Promise<ApiClientIdentity | null> {
  const { db, now } = resolveDeps(deps);
  const match = /^Bearer\s+(\S{8,200})$/i.exec(authorization?.trim() ?? "");
  if (!match) return null;
  const [client] = await db.$queryRaw<ClientRow[]>`
    SELECT c."id", c."name", c."active", c."revokedAt", c."lastUsedAt", s."active" AS "scopeActive",
           array_agg(u."id") AS "unitIds", array_agg(u."code") AS "unitCodes"
      FROM "api_clients" c
      JOIN "units" s ON s."id" = c."scopeUnitId"
      JOIN "units" u ON starts_with(u."path", s."path")
     WHERE c."keyHash" = ${hashApiKey(match[1]!)}
     GROUP BY c."id", s."id"`;
  if (!client || !client.active || client.revokedAt || !client.scopeActive) return null;
  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiClient.update({ where: { id: client.id }, data: { lastUsedAt: now } });
  }
  return {
    id: client.id,
    name: client.name,
    unitIds: client.unitIds,
    unitIdsByCode: new Map(client.unitCodes.map((code, i) => [code, client.unitIds[i]!])),
  };
}
