import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/deps";
import { transition } from "@/lib/copies/transition";
import type { TTransitionInput } from "@/lib/copies/schemas";

/** The officer has checked the requester's papers and prepared the document for signature: RECEIVED → PREPARED. */
export async function prepareRequest(actor: Actor, input: TTransitionInput, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  await transition(db, actor, "copy.prepare", input, ["RECEIVED"], { status: "PREPARED", preparedAt: now, preparedById: actor.userId });
}
