import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";

export type AdminAuditEntry = {
  action: string;
  targetType: "user" | "grant" | "apiClient" | "setting" | "procedure" | "nationalRegistration";
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
};

// Fields that must never reach the log, whatever the caller passes: a log readable by every
// administrator must not become a copy of the password or key table.
const SECRET_KEYS = new Set(["passwordHash", "password", "temporaryPassword", "totpSecretEnc", "keyHash", "key", "codeHash", "recoveryCodes"]);

function redact(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value, (k, v) => (SECRET_KEYS.has(k) ? undefined : v))) as Prisma.InputJsonValue;
}

/** Appends one administrative action to admin_audit. Call it inside the transaction of the change. */
export async function writeAdminAudit(tx: Tx, actor: Pick<Actor, "userId" | "username">, entry: AdminAuditEntry): Promise<void> {
  await tx.adminAudit.create({
    data: {
      actorId: actor.userId,
      actorUsername: actor.username,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      before: redact(entry.before),
      after: redact(entry.after),
    },
  });
}
