import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import type { Db, Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEPARTMENT_OF_JUSTICE_CODE } from "@/lib/units/import-units";

const NOTHING: Prisma.RecordVerificationWhereInput = { id: { in: [] } };

/**
 * The verifications the actor may see: those its units hold the register for, and those its units
 * asked. Sở Tư pháp (province-wide) sees every one, read-only outside its own. Fails closed.
 */
export function readWhere(actor: Pick<Actor, "role" | "unitIds">): Prisma.RecordVerificationWhereInput {
  if (!roleCan(actor.role, "verification.read")) return NOTHING;
  const ids = [...actor.unitIds];
  return { OR: [{ holdingUnitId: { in: ids } }, { askingUnitId: { in: ids } }] };
}

/**
 * The verifications the actor answers: a commune's officer or signer those of the registers its
 * commune holds; a provincial officer those of registers outside the province (held by Sở Tư pháp),
 * never a commune's own.
 */
export function answerWhere(actor: Pick<Actor, "role" | "unitIds">): Prisma.RecordVerificationWhereInput {
  if (!roleCan(actor.role, "verification.answer")) return NOTHING;
  const ids = [...actor.unitIds];
  if (actor.role === "PROVINCIAL_OFFICER") return { holdingUnitId: { in: ids }, holdingUnit: { code: DEPARTMENT_OF_JUSTICE_CODE } };
  return { holdingUnitId: { in: ids } };
}

/** The verifications the actor's units asked. */
export function sentWhere(actor: Pick<Actor, "role" | "unitIds">): Prisma.RecordVerificationWhereInput {
  if (!roleCan(actor.role, "verification.read")) return NOTHING;
  return { askingUnitId: { in: [...actor.unitIds] } };
}

/** The same rule as answerWhere, for a row already loaded (buttons). */
export function mayAnswer(actor: Pick<Actor, "role" | "unitIds">, v: { holdingUnitId: string; holdingUnit: { code: string } }): boolean {
  if (!roleCan(actor.role, "verification.answer") || !actor.unitIds.includes(v.holdingUnitId)) return false;
  return actor.role !== "PROVINCIAL_OFFICER" || v.holdingUnit.code === DEPARTMENT_OF_JUSTICE_CODE;
}

export type HoldingUnit = { id: string; code: string; name: string };

/**
 * The unit a record's verification goes to: the commune that holds the register now, or — for a
 * register outside the province (no current commune), or a commune code the units tree does not
 * know — Sở Tư pháp, which asks the other province.
 */
export async function holdingUnitFor(db: Db | Tx, currentCommuneCode: string | null): Promise<HoldingUnit> {
  const select = { id: true, code: true, name: true } as const;
  const commune = currentCommuneCode ? await db.unit.findFirst({ where: { code: currentCommuneCode, level: "COMMUNE" }, select }) : null;
  if (commune) return commune;
  const department = await db.unit.findUnique({ where: { code: DEPARTMENT_OF_JUSTICE_CODE }, select });
  if (!department) throw new AppError("INTERNAL", { message: `unit ${DEPARTMENT_OF_JUSTICE_CODE} missing: run the seed` });
  return department;
}
