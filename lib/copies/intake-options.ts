import "server-only";
import { can, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { getSetting } from "@/lib/settings/settings";
import type { FeeConfig } from "@/lib/copies/fees";
import { isRecordId, isRowId } from "@/lib/validation/ids";
import { findValidGrant } from "@/lib/grants/valid-grant";
import { todayInVietnam } from "@/lib/text/dates";

export type IntakeOptions = {
  unit: { id: string; name: string };
  fees: FeeConfig;
  /** A record to start from (?lookupId=&recordId=), when one of this officer's own lookups returned it. */
  source: { lookupId: string; recordId: string } | null;
  /** True when a source was asked for but is not the officer's to take over. */
  sourceRejected: boolean;
  /** Whether the officer holds a population-database grant in force (SELF is then also checked there). */
  populationGrant: boolean;
};

/** What the intake page needs: the fee rules in force (for the preview) and the record to start from, checked. */
export async function getIntakeOptions(actor: Actor, start: { lookupId?: string; recordId?: string }, deps?: Deps): Promise<IntakeOptions> {
  const { db, now } = resolveDeps(deps);
  const unit = actor.unit;
  if (!unit || !can(actor, "copy.create", unit.id)) throw new AppError("NOT_FOUND", { message: "copy.create outside the officer's unit" });
  const asked = !!(start.lookupId && start.recordId);
  // Ids from the address bar: malformed ones name no lookup and never reach the database.
  const wellFormed = isRowId(start.lookupId) && isRecordId(start.recordId);
  const [fees, found, grant] = await Promise.all([
    getSetting(db, "fees"),
    asked && wellFormed ? db.lookup.findFirst({ where: { id: start.lookupId, userId: actor.userId, unitId: unit.id, resultIds: { has: start.recordId } }, select: { id: true } }) : null,
    findValidGrant(db, actor.userId, todayInVietnam(now)),
  ]);
  return {
    unit: { id: unit.id, name: unit.name },
    fees,
    source: found ? { lookupId: found.id, recordId: start.recordId! } : null,
    sourceRejected: asked && !found,
    populationGrant: !!grant,
  };
}
