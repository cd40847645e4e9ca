import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { applyTransition, loadForTransition } from "@/lib/copies/transition";
import { parseRecords } from "@/lib/copies/records";
import type { TTransitionInput } from "@/lib/copies/schemas";
import { assertFitToCertify } from "@/lib/verifications/fitness";

const FROM = ["RECEIVED"] as const;

/**
 * The officer has checked the requester's papers and prepared the document for signature: RECEIVED → PREPARED.
 * Only from records fit to certify (a digitised record in review or suspected duplicate needs the
 * register holder's confirmation first), checked in the same transaction.
 */
export async function prepareRequest(actor: Actor, input: TTransitionInput, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  await db.$transaction(async (tx) => {
    const request = await loadForTransition(tx, actor, "copy.prepare", input, FROM);
    await assertFitToCertify(tx, parseRecords(request.records));
    await applyTransition(tx, input, FROM, { status: "PREPARED", preparedAt: now, preparedById: actor.userId });
  });
}
