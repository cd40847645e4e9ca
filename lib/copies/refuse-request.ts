import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { transition } from "@/lib/copies/transition";
import type { TTransitionInput } from "@/lib/copies/schemas";

/**
 * Refuses a request that does not meet the conditions (Luật Hộ tịch Art. 64), with the reason the
 * requester is told: RECEIVED or PREPARED → REFUSED. The officer who prepares and the signer who
 * would sign may both refuse; each within their own jurisdiction.
 */
export async function refuseRequest(actor: Actor, input: TTransitionInput & { reason: string }, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  const action = roleCan(actor.role, "copy.prepare") ? "copy.prepare" : roleCan(actor.role, "copy.sign") ? "copy.sign" : null;
  if (!action) throw new AppError("NOT_FOUND", { message: "role may not refuse requests" });
  await transition(db, actor, action, input, ["RECEIVED", "PREPARED"], { status: "REFUSED", refusedAt: now, refusedById: actor.userId, refusalReason: input.reason });
}
