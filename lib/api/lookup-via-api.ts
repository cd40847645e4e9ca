import "server-only";
import { authenticateForLookup } from "@/lib/api-clients/authenticate-api-client";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { env } from "@/lib/server/env";
import { AppError } from "@/lib/errors/app-error";
import { logRefusedLookup } from "@/lib/lookups/log-refused-lookup";
import type { RateLimit } from "@/lib/security/rate-limit";
import { searchRecords } from "@/lib/lookups/search-records";
import { toLookupInput, type TApiLookupRequest, type TApiLookupResponse } from "@/lib/lookups/api-schemas";
import { recordSummary, type ResultShape } from "@/lib/lookups/result-item";

/**
 * A lookup by the provincial TTHC system, or null when the key is missing, unknown or revoked. The
 * key, the unit named by code (inside the client's scope, else "not found" naming the field) and the
 * purpose are checked in one statement, then the same use case as the portal's form runs. A refusal
 * (unit out of scope, a purpose that does not hold) is logged as a REFUSED look, then reported.
 */
export async function lookupViaApi(
  authorization: string | null,
  body: TApiLookupRequest,
  ip: string | null,
  deps?: Deps & { perKeyLimit?: RateLimit },
): Promise<TApiLookupResponse | null> {
  const input = toLookupInput(body);
  // Per key, in the database so that it holds across instances: a runaway or stolen key cannot take
  // the national systems' capacity from everyone else. High by default (API_RATE_LIMIT_PER_MINUTE).
  // Counted in the key check's own statement.
  const rule = deps?.perKeyLimit ?? { limit: env().limits.apiPerKey, windowSeconds: 60 };
  const admitted = await authenticateForLookup(authorization, body.unitCode, input.purpose, rule, deps);
  if (!admitted) return null;
  const requester = { kind: "api" as const, client: admitted.client, ip };
  const limit = admitted.rate;
  if (!limit.allowed) {
    const message = `more than ${rule.limit} calls in ${rule.windowSeconds} s with this key; retry after ${limit.retryAfterSeconds} s`;
    throw new AppError("RATE_LIMITED", { message, retryAfterSeconds: limit.retryAfterSeconds });
  }
  if ("refused" in admitted) {
    const { db, now } = resolveDeps(deps);
    throw await logRefusedLookup(db, admitted.refused, { requester, unit: { code: body.unitCode }, input, now });
  }
  const { check } = admitted;
  const result = await searchRecords(requester, { ...input, unitId: check.unit.id, checked: check }, deps, toApiResult);
  return { lookupId: result.lookupId, truncated: result.truncated, results: result.results };
}

/** A record as the API answers it: the summary, the unit by code, the matched person by role. */
export const toApiResult: ResultShape<TApiLookupResponse["results"][number]> = (record, match, _units, query, matched) => {
  const { summary, party } = recordSummary(record, match, query, matched);
  return {
    ...summary,
    currentUnitCode: record.registration.currentCommuneCode || null,
    match: { score: match.score, level: match.level, reasons: match.reasons },
    matchedRole: party?.role ?? null,
  };
};
