import "server-only";
import { hashApiKey } from "@/lib/seed/demo-access";
import { resolveDeps, type Deps } from "@/lib/deps";

export type ApiClientIdentity = { id: string; name: string; unitIds: string[] };

// lastUsedAt is informative: writing it on every call would add a write to each lookup at
// 300 lookups/s, so it is refreshed at most once a minute per client.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * The API client a `Authorization: Bearer <key>` header names, with the unit ids of its scope
 * (its unit, or the province and every unit below it); null for a missing, unknown or revoked key.
 * Keys are stored as SHA-256 hashes: they are long random strings, so a slow hash adds nothing.
 */
export async function authenticateApiClient(authorization: string | null, deps?: Deps): Promise<ApiClientIdentity | null> {
  const { db, now } = resolveDeps(deps);
  const match = /^Bearer\s+(\S{8,200})$/i.exec(authorization?.trim() ?? "");
  if (!match) return null;
  const client = await db.apiClient.findUnique({
    where: { keyHash: hashApiKey(match[1]!) },
    select: { id: true, name: true, active: true, revokedAt: true, lastUsedAt: true, scopeUnit: { select: { path: true, active: true } } },
  });
  if (!client || !client.active || client.revokedAt || !client.scopeUnit.active) return null;
  const units = await db.unit.findMany({ where: { path: { startsWith: client.scopeUnit.path } }, select: { id: true } });
  if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiClient.update({ where: { id: client.id }, data: { lastUsedAt: now } });
  }
  return { id: client.id, name: client.name, unitIds: units.map((u) => u.id) };
}
