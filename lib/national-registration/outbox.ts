import type { IssuedCopyRegistration, Revocation } from "@/lib/adapters/civil-registry/port";
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Queues the registration of a just-issued document with the national civil-registry system, in the
 * caller's transaction (the one that takes the document's number): the number and its registration
 * commit or roll back together. The idempotency key is derived from the document, so however often
 * delivery is retried, upstream sees one registration.
 */
export async function enqueueRegistration(tx: Tx, documentId: string, registration: IssuedCopyRegistration, now: Date): Promise<void> {
  await tx.nationalRegistration.create({
    data: { documentId, action: "REGISTER", idempotencyKey: `ho-tich:${documentId}:register`, payload: registration as unknown as Prisma.InputJsonValue, nextAttemptAt: now, createdAt: now },
  });
}

/** Queues the revocation of a document, in the transaction that revokes it. */
export async function enqueueRevocation(tx: Tx, documentId: string, revocation: Revocation, now: Date): Promise<void> {
  await tx.nationalRegistration.create({
    data: { documentId, action: "REVOKE", idempotencyKey: `ho-tich:${documentId}:revoke`, payload: revocation as unknown as Prisma.InputJsonValue, nextAttemptAt: now, createdAt: now },
  });
}
