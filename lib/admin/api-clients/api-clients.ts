import { randomBytes } from "node:crypto";
import { z } from "zod";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { hashApiKey } from "@/lib/api-clients/hash-api-key";
import { writeAdminAudit } from "@/lib/admin/audit";
import { parseOrThrow } from "@/lib/validation/parse";
import { assertRowId } from "@/lib/validation/ids";
import { env } from "@/lib/server/env";
import { checkCallbackUrl } from "@/lib/api-callbacks/callback-url";
import { newCallbackSecret } from "@/lib/api-callbacks/callback-secret";

/** A new key: 32 random bytes, prefixed so a leaked key is recognisable in a scan of logs or repos. */
function newKey(): { key: string; keyHash: string; keyPrefix: string } {
  const key = `htgl_${randomBytes(32).toString("base64url")}`;
  return { key, keyHash: hashApiKey(key), keyPrefix: key.slice(0, 12) };
}

const CLIENT_SELECT = { id: true, name: true, keyPrefix: true, active: true, createdAt: true, lastUsedAt: true, revokedAt: true, callbackUrl: true, scopeUnit: { select: { id: true, name: true, code: true } } } as const;
const auditView = (c: { id: string; name: string; keyPrefix: string; active: boolean; revokedAt: Date | null; scopeUnit: { code: string } }) => ({ name: c.name, keyPrefix: c.keyPrefix, active: c.active, revokedAt: c.revokedAt, scope: c.scopeUnit.code });

/** The API clients whose scope lies inside the administrator's jurisdiction. */
export async function listApiClients(actor: Actor, deps?: Deps) {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.apiClients", actor.jurisdictionRoot?.id ?? null);
  return db.apiClient.findMany({ where: { scopeUnitId: { in: [...actor.unitIds] } }, orderBy: [{ active: "desc" }, { createdAt: "desc" }], select: CLIENT_SELECT });
}

export const ZApiClientForm = z.object({
  name: z.string().trim().min(3, "Vui lòng nhập tên hệ thống sử dụng khóa (ít nhất 3 ký tự).").max(160),
  scopeUnitId: z.string().trim().min(1, "Vui lòng chọn phạm vi: một xã/phường hoặc toàn tỉnh."),
});

/** Creates a client scoped to one commune or the province; returns the key, shown once and stored hashed. */
export async function createApiClient(actor: Actor, raw: unknown, deps?: Deps): Promise<{ id: string; key: string }> {
  const { db } = resolveDeps(deps);
  const input = parseOrThrow(ZApiClientForm, raw);
  assertCan(actor, "admin.apiClients", input.scopeUnitId);
  const { key, keyHash, keyPrefix } = newKey();
  return db.$transaction(async (tx) => {
    const client = await tx.apiClient.create({ data: { name: input.name, scopeUnitId: input.scopeUnitId, keyHash, keyPrefix }, select: CLIENT_SELECT });
    await writeAdminAudit(tx, actor, { action: "apiClient.create", targetType: "apiClient", targetId: client.id, after: auditView(client) });
    return { id: client.id, key };
  });
}

async function scopedClient(actor: Actor, id: string, deps?: Deps) {
  const { db } = resolveDeps(deps);
  assertCan(actor, "admin.apiClients", actor.jurisdictionRoot?.id ?? null);
  const client = await db.apiClient.findFirst({ where: { id, scopeUnitId: { in: [...actor.unitIds] } }, select: CLIENT_SELECT });
  if (!client) throw new AppError("NOT_FOUND", { message: `api client ${id} out of scope` });
  return client;
}

/** A new key replaces the old one in the same row: the old hash is gone, so the old key is refused at once. */
export async function rotateApiClientKey(actor: Actor, id: string, deps?: Deps): Promise<{ key: string }> {
  assertRowId(id);
  const { db } = resolveDeps(deps);
  const before = await scopedClient(actor, id, deps);
  if (!before.active || before.revokedAt) throw new AppError("CONFLICT", { userMessage: "Khóa đã thu hồi không thể đổi; hãy tạo khóa mới." });
  const { key, keyHash, keyPrefix } = newKey();
  await db.$transaction(async (tx) => {
    const after = await tx.apiClient.update({ where: { id }, data: { keyHash, keyPrefix }, select: CLIENT_SELECT });
    await writeAdminAudit(tx, actor, { action: "apiClient.rotate", targetType: "apiClient", targetId: id, before: auditView(before), after: auditView(after) });
  });
  return { key };
}

/** Revokes a client for good: its key is refused from the next request. */
export async function revokeApiClient(actor: Actor, id: string, deps?: Deps): Promise<void> {
  assertRowId(id);
  const { db, now } = resolveDeps(deps);
  const before = await scopedClient(actor, id, deps);
  await db.$transaction(async (tx) => {
    const after = await tx.apiClient.update({ where: { id }, data: { active: false, revokedAt: before.revokedAt ?? now }, select: CLIENT_SELECT });
    await writeAdminAudit(tx, actor, { action: "apiClient.revoke", targetType: "apiClient", targetId: id, before: auditView(before), after: auditView(after) });
  });
}

/** Scopes the form offers: the province (if inside the jurisdiction) and each commune-level unit. */
export async function apiClientScopes(actor: Actor, deps?: Deps) {
  const { db } = resolveDeps(deps);
  return db.unit.findMany({ where: { id: { in: [...actor.unitIds] }, active: true, level: { in: ["PROVINCE", "COMMUNE"] } }, orderBy: [{ depth: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}

/**
 * Sets (or, with an empty URL, removes) where the client is told of status changes of the copy
 * requests it filed. Each URL set comes with a new callback secret, returned once to be shown once
 * (stored encrypted: lib/api-callbacks/callback-secret.ts); the audit records the URL, never the secret.
 */
export async function setApiClientCallback(actor: Actor, id: string, raw: { callbackUrl?: unknown }, deps?: Deps): Promise<{ secret: string | null }> {
  assertRowId(id);
  const { db } = resolveDeps(deps);
  const before = await scopedClient(actor, id, deps);
  if (!before.active || before.revokedAt) throw new AppError("CONFLICT", { userMessage: "Khóa đã thu hồi không thể đặt địa chỉ nhận thông báo." });
  const url = typeof raw.callbackUrl === "string" ? raw.callbackUrl.trim() : "";
  const problem = url ? checkCallbackUrl(url, env().isProduction) : null;
  if (problem) throw new AppError("INVALID_INPUT", { fieldErrors: { callbackUrl: problem } });
  const fresh = url ? newCallbackSecret() : null;
  await db.$transaction(async (tx) => {
    const after = await tx.apiClient.update({ where: { id }, data: { callbackUrl: url || null, callbackSecret: fresh?.stored ?? null }, select: CLIENT_SELECT });
    await writeAdminAudit(tx, actor, {
      action: "apiClient.callback", targetType: "apiClient", targetId: id,
      before: { ...auditView(before), callbackUrl: before.callbackUrl }, after: { ...auditView(after), callbackUrl: after.callbackUrl, callbackSecret: fresh ? "(mới)" : null },
    });
  });
  return { secret: fresh?.secret ?? null };
}
