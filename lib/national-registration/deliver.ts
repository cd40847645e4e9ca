import type { CivilRegistryRegistrationPort, IssuedCopyRegistration, Revocation } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError } from "@/lib/adapters/errors";
import type { Db, Tx } from "@/lib/db/client";
import { resolveDeps, resolveSystems, type Deps } from "@/lib/server/deps";
import type { NationalRegistration } from "@/lib/generated/prisma/client";
import { registrationTexts as t } from "@/lib/national-registration/texts";

/** The delay before attempt n+1: 30 s doubling to at most an hour, ±20 % so instances do not march in step. */
export function backoffSeconds(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(3_600, 30 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export type DeliveryOutcome = "delivered" | "refused" | "retry" | "waiting";

/** Who calls upstream: the unit's code (the system logs it) and a system identity, not an officer. */
const contextFor = (unitCode: string, idempotencyKey: string) => ({ officerId: "he-thong:cong-ho-tich-gia-lai", unitCode, idempotencyKey });

/**
 * Sends one outbox row and records the answer. A REVOKE waits for its document's REGISTER to be
 * delivered (it needs the registration id). Unavailability, timeouts and bad answers are retried
 * with backoff; a refusal stops until an administrator retries. The row is updated only if still
 * PENDING with the attempts it was read with, so an overlapping run cannot record twice.
 */
export async function deliverOne(db: Db, port: CivilRegistryRegistrationPort, row: NationalRegistration, now: () => Date = () => new Date()): Promise<DeliveryOutcome> {
  const at = now();
  // A revocation names the registration its document's REGISTER row received, under the same unit.
  const registered = row.action === "REVOKE"
    ? await db.nationalRegistration.findUnique({ where: { documentId_action: { documentId: row.documentId, action: "REGISTER" } }, select: { registrationId: true, status: true, payload: true } })
    : null;
  if (row.action === "REVOKE" && (registered?.status !== "DELIVERED" || !registered.registrationId)) {
    await db.nationalRegistration.updateMany({ where: { id: row.id, status: "PENDING", attempts: row.attempts }, data: { nextAttemptAt: new Date(at.getTime() + 30_000), lastError: t.waitingForRegistration } });
    return "waiting";
  }
  const registrationId = registered?.registrationId ?? null;
  const unitCode = ((registered?.payload ?? row.payload) as IssuedCopyRegistration).unitCode;
  const guard = { id: row.id, status: "PENDING" as const, attempts: row.attempts };
  try {
    const ctx = contextFor(unitCode, row.idempotencyKey);
    const receipt = row.action === "REGISTER"
      ? await port.registerIssuedCopy(row.payload as IssuedCopyRegistration, ctx)
      : await port.revokeIssuedCopy(registrationId!, row.payload as Revocation, ctx);
    await db.nationalRegistration.updateMany({
      where: guard,
      data: { status: "DELIVERED", attempts: { increment: 1 }, lastAttemptAt: at, deliveredAt: now(), lastError: null, registrationId: receipt.registrationId },
    });
    return "delivered";
  } catch (error) {
    if (isUpstreamError(error) && error.kind === "refused") {
      await db.nationalRegistration.updateMany({ where: guard, data: { status: "REFUSED", attempts: { increment: 1 }, lastAttemptAt: at, lastError: t.refusal(error.upstreamCode, error.message) } });
      return "refused";
    }
    const kind = isUpstreamError(error) ? error.kind : "unavailable";
    await db.nationalRegistration.updateMany({
      where: guard,
      data: { attempts: { increment: 1 }, lastAttemptAt: at, nextAttemptAt: new Date(at.getTime() + backoffSeconds(row.attempts + 1) * 1000), lastError: t.unavailable(kind) },
    });
    return "retry";
  }
}

/**
 * Delivers the due rows, oldest first (a document's REGISTER before its REVOKE), up to `limit`.
 * Stops at the first unavailability: the system is down, the rest would fail the same way.
 */
export async function deliverDue(db: Db, port: CivilRegistryRegistrationPort, options: { limit?: number; now?: () => Date } = {}): Promise<Record<DeliveryOutcome, number>> {
  const now = options.now ?? (() => new Date());
  const due = await db.nationalRegistration.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now() } },
    orderBy: [{ createdAt: "asc" }, { action: "asc" }],
    take: options.limit ?? 50,
  });
  const counts: Record<DeliveryOutcome, number> = { delivered: 0, refused: 0, retry: 0, waiting: 0 };
  for (const row of due) {
    const outcome = await deliverOne(db, port, row, now);
    counts[outcome]++;
    if (outcome === "retry") break;
  }
  return counts;
}

/** An administrator sends a refused (or waiting) row again at once. */
export async function retryRegistration(db: Db | Tx, id: string, now: Date = new Date()): Promise<boolean> {
  const { count } = await db.nationalRegistration.updateMany({ where: { id, status: { in: ["REFUSED", "PENDING"] } }, data: { status: "PENDING", nextAttemptAt: now } });
  return count === 1;
}

/**
 * Right after signing or revoking, one attempt for the document's pending rows, so the signer sees
 * at once whether the national system took it (a refusal surfaces on the page). A failure leaves
 * the row to the worker; nothing here can fail the signature, which is already committed.
 */
export async function deliverDocumentNow(documentId: string, deps?: Deps): Promise<void> {
  const { db } = resolveDeps(deps);
  const port = resolveSystems(deps).civilRegistry;
  const rows = await db.nationalRegistration.findMany({ where: { documentId, status: "PENDING" }, orderBy: { action: "asc" } });
  for (const row of rows) if ((await deliverOne(db, port, row).catch(() => "retry" as const)) !== "delivered") break;
}
