import "server-only";
import type { ApiClientIdentity } from "@/lib/api-clients/authenticate-api-client";
import { resolveDeps, type Deps } from "@/lib/deps";
import { AppError } from "@/lib/errors";
import { searchRecords } from "@/lib/lookups/search-records";
import { toLookupInput, type TApiLookupRequest } from "@/lib/lookups/api-schemas";

/** The answer of POST /api/v1/lookups. */
export type ApiLookupResponse = {
  lookupId: string;
  truncated: boolean;
  results: {
    recordId: string;
    type: string;
    fullName: string;
    personalId: string | null;
    dateOfBirth: string | null;
    registeredOn: string;
    authority: string;
    currentUnitCode: string | null;
    origin: string;
    quality: string;
    match: { score: number; level: string; reasons: string[] };
  }[];
};

/**
 * A lookup by the provincial TTHC system: the unit named by code must lie inside the client's
 * scope (else "not found", naming the field), then the same use case as the portal's form.
 */
export async function lookupViaApi(client: ApiClientIdentity, body: TApiLookupRequest, ip: string | null, deps?: Deps): Promise<ApiLookupResponse> {
  const { db } = resolveDeps(deps);
  // authenticateApiClient read the scope's codes with its ids: no query needed then.
  const unitId = client.unitIdsByCode
    ? client.unitIdsByCode.get(body.unitCode)
    : (await db.unit.findFirst({ where: { code: body.unitCode, id: { in: client.unitIds } }, select: { id: true } }))?.id;
  if (!unitId) throw new AppError("NOT_FOUND", { message: "unitCode outside the client's scope", fieldErrors: { unitCode: "unknown unit, or outside this key's scope" } });
  const result = await searchRecords({ kind: "api", client, ip }, { ...toLookupInput(body), unitId }, deps);
  return {
    lookupId: result.lookupId,
    truncated: result.truncated,
    results: result.results.map((r) => ({
      recordId: r.recordId,
      type: r.type,
      fullName: r.fullName,
      personalId: r.personalId,
      dateOfBirth: r.dateOfBirth,
      registeredOn: r.registeredOn,
      authority: r.authority,
      currentUnitCode: r.currentUnit?.code ?? null,
      origin: r.origin,
      quality: r.quality,
      match: r.match,
    })),
  };
}
