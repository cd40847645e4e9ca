import "server-only";
import { can, type Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PROVINCE_CODE } from "@/lib/units/import-units";

const NOTHING: Prisma.AgencyRequestWhereInput = { id: { in: [] } };

/** The province's root unit, whose reach triage needs (Sở Tư pháp works province-wide). */
export async function provinceUnitId(db: Db | Tx): Promise<string | null> {
  return (await db.unit.findUnique({ where: { code: PROVINCE_CODE }, select: { id: true } }))?.id ?? null;
}

/** Whether the actor triages: a provincial officer whose jurisdiction holds the whole province. */
export async function mayTriage(db: Db | Tx, actor: Actor): Promise<boolean> {
  if (!roleCan(actor.role, "agencyRequest.triage")) return false;
  const root = await provinceUnitId(db);
  return !!root && can(actor, "agencyRequest.triage", root);
}

/** Requests the actor handles: accepted or answered, by a unit inside the actor's jurisdiction. */
export function handleWhere(actor: Actor): Prisma.AgencyRequestWhereInput {
  if (!roleCan(actor.role, "agencyRequest.handle")) return NOTHING;
  return { handlingUnitId: { in: [...actor.unitIds] }, status: { in: ["ACCEPTED", "ANSWERED"] } };
}

/**
 * The where-clause of every read of agency requests, from the actor alone (never from an id the
 * client sent): an agency user sees its own agency's requests; Sở Tư pháp (province-wide) every
 * request; a handler those assigned to a unit of its jurisdiction. Anyone else: nothing. Fails
 * closed, so an out-of-scope request is as missing as one that does not exist.
 */
export async function agencyRequestScope(db: Db | Tx, actor: Actor): Promise<Prisma.AgencyRequestWhereInput> {
  if (actor.role === "AGENCY_USER") return roleCan(actor.role, "agencyRequest.file") && actor.agency ? { agencyId: actor.agency.id } : NOTHING;
  if (await mayTriage(db, actor)) return {};
  return handleWhere(actor);
}
