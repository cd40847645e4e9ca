import { can, type Actor } from "@/lib/auth/actor";
import type { RequestStatus } from "@/lib/generated/prisma/enums";

export type RequestAction = "prepare" | "sign" | "issue" | "deliver" | "refuse" | "revoke";

/**
 * The buttons a person sees on a request: what their role may do, in the request's unit, from its
 * status. The use cases check all of it again; this only keeps the page from offering the refused.
 */
export function allowedActions(actor: Pick<Actor, "role" | "unitIds">, request: { unitId: string; status: RequestStatus; document: { revokedAt: Date | null } | null }): RequestAction[] {
  const { status, unitId, document } = request;
  const revoked = !!document?.revokedAt;
  const actions: RequestAction[] = [];
  if (status === "RECEIVED" && can(actor, "copy.prepare", unitId)) actions.push("prepare");
  if (status === "PREPARED" && can(actor, "copy.sign", unitId)) actions.push("sign");
  if (status === "SIGNED" && !revoked && can(actor, "copy.prepare", unitId)) actions.push("issue");
  if (status === "ISSUED" && !revoked && can(actor, "copy.prepare", unitId)) actions.push("deliver");
  if ((status === "RECEIVED" || status === "PREPARED") && (can(actor, "copy.prepare", unitId) || can(actor, "copy.sign", unitId))) actions.push("refuse");
  if (document && !revoked && can(actor, "copy.revoke", unitId)) actions.push("revoke");
  return actions;
}
