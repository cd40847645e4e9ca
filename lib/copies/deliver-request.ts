import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { assertNotRevoked, transition } from "@/lib/copies/transition";
import type { TTransitionInput } from "@/lib/copies/schemas";

/**
 * The result reached the requester by the request's channel (handed over at the desk, returned
 * through the national portal / VNeID, or posted): ISSUED → DELIVERED.
 */
export async function deliverRequest(actor: Actor, input: TTransitionInput, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  await transition(db, actor, "copy.prepare", input, ["ISSUED"], { status: "DELIVERED", deliveredAt: now, deliveredById: actor.userId }, assertNotRevoked);
}
