import "server-only";
import { writeAccessLog } from "@/lib/audit/write-access-log";
import type { Db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { requesterIds, requesterLabel, type Requester } from "@/lib/lookups/requester";
import { describePurpose } from "@/lib/lookups/check-purpose";
import type { TLookupInput } from "@/lib/lookups/schemas";

/**
 * A look at citizens' data refused before any result was returned — a unit outside the requester's
 * reach, a procedure not in the catalogue, a dossier of another procedure, an agency request that
 * does not hold — is a look all the same, and every look is logged: one REFUSED row in the access log,
 * nothing returned, the reason in its errorKind. The unit is the one asked for, as the requester
 * named it (by id from the portal, by code from the system API), whether or not it may be reached,
 * so that the unit's own leaders see who tried. Refusals are rare: resolving it costs a query only then.
 *
 * Returns the error, logged when it is a refusal (an AppError with `refusal`), for the caller to throw.
 */
export async function logRefusedLookup(
  db: Db,
  error: unknown,
  a: { requester: Requester; unit: { id: string } | { code: string }; input: TLookupInput; now: Date },
): Promise<unknown> {
  if (!isAppError(error) || !error.refusal) return error;
  const unit = await db.unit.findFirst({ where: "id" in a.unit ? { id: a.unit.id } : { code: a.unit.code }, select: { id: true, code: true } });
  const purpose = describePurpose(a.input.purpose, null);
  await db.$transaction((tx) =>
    writeAccessLog(tx, {
      ...requesterIds(a.requester),
      actorLabel: requesterLabel(a.requester),
      unitId: unit?.id ?? null,
      unitCode: unit?.code ?? ("code" in a.unit ? a.unit.code : null),
      system: "CIVIL_REGISTRY",
      operation: "SEARCH",
      purposeKind: purpose.kind,
      purposeRef: purpose.ref,
      legalBasis: purpose.legalBasis,
      query: a.input.query,
      resultIds: [],
      outcome: "REFUSED",
      errorKind: error.refusal,
      ip: a.requester.ip,
    }, a.now),
  );
  return error;
}
