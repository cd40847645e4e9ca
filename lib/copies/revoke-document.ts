import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import { applyTransition, loadForTransition } from "@/lib/copies/transition";
import { enqueueRevocation } from "@/lib/national-registration/outbox";
import type { TTransitionInput } from "@/lib/copies/schemas";

const FROM = ["SIGNED", "ISSUED", "DELIVERED"] as const;

/**
 * The signer revokes a request's issued document, with the reason (e.g. the register was corrected
 * after issue): from then on /verify reports it revoked. The request keeps its status; its version
 * is bumped so a page still offering "issue" or "deliver" for it is stale. The document row changes
 * only while not yet revoked, so two revocations cannot overwrite each other's reason. The
 * revocation is queued for the national system in the same transaction.
 */
export async function revokeDocument(actor: Actor, input: TTransitionInput & { reason: string }, deps?: Deps): Promise<{ documentId: string }> {
  const { db, now } = resolveDeps(deps);
  return db.$transaction(async (tx) => {
    const request = await loadForTransition(tx, actor, "copy.revoke", input, FROM);
    const document = request.documents[0];
    if (!document) throw new AppError("NOT_FOUND", { message: `request ${request.id} has no document` });
    const { count } = await tx.issuedDocument.updateMany({
      where: { id: document.id, requestId: request.id, unitId: request.unitId, revokedAt: null },
      data: { revokedAt: now, revokedById: actor.userId, revokeReason: input.reason },
    });
    if (count !== 1) throw new AppError("CONFLICT", { message: "already revoked", userMessage: messages.copies.alreadyRevoked });
    // The national system learns of it through the outbox, after the registration it revokes.
    await enqueueRevocation(tx, document.id, { reason: input.reason, revokedAt: now.toISOString() }, now);
    await applyTransition(tx, input, FROM, {});
    return { documentId: document.id };
  });
}
