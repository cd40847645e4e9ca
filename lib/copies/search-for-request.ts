import "server-only";
import type { CivilSearch } from "@/lib/adapters/civil-registry/port";
import { can, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import type { RequestKind } from "@/lib/generated/prisma/enums";
import { searchRecords, type SearchRecordsResult } from "@/lib/lookups/search-records";
import { purposeKindFor } from "@/lib/copies/fetch-request-records";
import { reserveReference } from "@/lib/copies/reserve-reference";
import { REQUEST_LEGAL_BASIS } from "@/lib/copies/schemas";

export type RequestSearchResult = SearchRecordsResult & { reference: string };

/**
 * A search made while taking a copy or confirmation request, in the officer's own unit: the lookup's
 * purpose is the request (its receipt number and Luật Hộ tịch Art. 63 / Nghị định 87/2020 Art. 13),
 * so the access log ties every record seen to the request it was seen for.
 */
export async function searchForRequest(actor: Actor, input: { kind: RequestKind; reference?: string | null; query: CivilSearch; ip: string | null }, deps?: Deps): Promise<RequestSearchResult> {
  const { db } = resolveDeps(deps);
  const unit = actor.unit;
  if (!unit || !can(actor, "copy.create", unit.id)) throw new AppError("NOT_FOUND", { message: "copy.create outside the officer's unit" });
  const reference = await reserveReference(db, actor, unit.id, input.kind, input.reference);
  const result = await searchRecords(
    { kind: "user", actor, ip: input.ip },
    { unitId: unit.id, purpose: { kind: purposeKindFor(input.kind), reference, legalBasis: REQUEST_LEGAL_BASIS }, query: input.query },
    deps,
  );
  return { ...result, reference };
}
