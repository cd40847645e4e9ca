import type { Role } from "@/lib/auth/roles";
import { roleCan, isScopedAction, type Action } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors/app-error";

/** The person acting, as every use case receives it: identity, role and resolved jurisdiction. */
export type Actor = {
  userId: string;
  username: string;
  fullName: string;
  title: string | null;
  role: Role;
  unit: { id: string; code: string; name: string } | null;
  agency: { id: string; code: string; name: string } | null;
  /** Every unit id inside the jurisdiction (the root and its subtree); empty means none. */
  unitIds: readonly string[];
  jurisdictionRoot: { id: string; code: string; name: string } | null;
  /** Set after an administrator's password reset: every page sends the person to change it first. */
  mustChangePassword?: boolean;
};

/**
 * Whether the actor may perform `action`, and — for scoped actions — on `unitId`. A scoped action
 * with no unit, or an actor without jurisdiction, is refused: no jurisdiction means no access.
 */
export function can(actor: Pick<Actor, "role" | "unitIds">, action: Action, unitId?: string | null): boolean {
  if (!roleCan(actor.role, action)) return false;
  if (!isScopedAction(action)) return true;
  if (!unitId) return false;
  return actor.unitIds.includes(unitId);
}

/** Throws NOT_FOUND (never "forbidden") so an out-of-scope resource is indistinguishable from a missing one. */
export function assertCan(actor: Pick<Actor, "role" | "unitIds">, action: Action, unitId?: string | null): void {
  if (!can(actor, action, unitId)) throw new AppError("NOT_FOUND", { message: `denied ${action} on ${unitId ?? "-"}` });
}

/**
 * The where-clause fragment that keeps a query inside the actor's jurisdiction. Fails closed: an
 * actor with no jurisdiction (or a role without the action) gets a clause that matches nothing.
 */
export function scopeWhere(actor: Pick<Actor, "role" | "unitIds">, action: Action): { unitId: { in: string[] } } {
  if (!roleCan(actor.role, action)) return { unitId: { in: [] } };
  return { unitId: { in: [...actor.unitIds] } };
}
