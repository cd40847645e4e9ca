import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/deps";
import { assertNotRevoked, transition } from "@/lib/copies/transition";
import type { TTransitionInput } from "@/lib/copies/schemas";

/** The signed document is sealed and released by the officer, ready for the requester: SIGNED → ISSUED. */
export async function issueRequest(actor: Actor, input: TTransitionInput, deps?: Deps): Promise<void> {
  const { db, now } = resolveDeps(deps);
  await transition(db, actor, "copy.prepare", input, ["SIGNED"], { status: "ISSUED", issuedAt: now }, assertNotRevoked);
}
