import type { CivilSearch } from "@/lib/adapters/civil-registry/port";
import { writeAccessLog } from "@/lib/audit/write-access-log";
import type { Db } from "@/lib/db/client";
import { requesterIds, requesterLabel, type Requester } from "@/lib/lookups/requester";

/**
 * A search refused because its agency-request purpose does not hold (unknown code, not accepted,
 * handled elsewhere) is a look at citizens' data that was denied: it goes to the access log too,
 * with nothing returned. The system was not called.
 */
export async function logRefusedAgencyPurpose(
  db: Db,
  a: { requester: Requester; unitId: string; purpose: { reference: string; legalBasis: string }; query: CivilSearch; now: Date },
): Promise<void> {
  const unit = await db.unit.findUnique({ where: { id: a.unitId }, select: { id: true, code: true } });
  await db.$transaction((tx) =>
    writeAccessLog(tx, {
      ...requesterIds(a.requester), actorLabel: requesterLabel(a.requester), unitId: unit?.id ?? null, unitCode: unit?.code ?? null,
      system: "CIVIL_REGISTRY", operation: "SEARCH", purposeKind: "AGENCY_REQUEST", purposeRef: a.purpose.reference, legalBasis: a.purpose.legalBasis,
      query: a.query, resultIds: [], outcome: "REFUSED", errorKind: "purpose", ip: a.requester.ip,
    }, a.now),
  );
}
