import type { Actor } from "@/lib/auth/actor";

/**
 * Who asks for a lookup: an officer through the portal, or a system client (the provincial TTHC
 * system) through /api/v1. Both go through the same use case, purpose rules and access log.
 */
export type Requester =
  | { kind: "user"; actor: Actor; ip: string | null }
  | { kind: "api"; client: { id: string; name: string; unitIds: readonly string[] }; ip: string | null };

export function requesterLabel(r: Requester): string {
  return r.kind === "user" ? r.actor.username : `api:${r.client.name}`;
}

export function requesterIds(r: Requester): { userId: string | null; apiClientId: string | null } {
  return r.kind === "user" ? { userId: r.actor.userId, apiClientId: null } : { userId: null, apiClientId: r.client.id };
}
