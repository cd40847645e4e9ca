import { UpstreamError } from "@/lib/adapters/errors";
import type { MockDataset } from "@/mock-national/data";
import { verifyOfficerCredential } from "@/lib/adapters/population/credential";
import { findCandidates } from "@/mock-national/population/candidates";
import { ZCandidateQuery, type PopulationPort } from "@/lib/adapters/population/port";

const REFUSALS = {
  GRANT_REQUIRED: "The population database requires an officer credential with a grant from the Ministry of Public Security",
  BAD_CREDENTIAL: "The officer credential is malformed or its signature does not verify",
  GRANT_EXPIRED: "The officer's population-database grant has expired",
} as const;

/** Today's date in Vietnam (UTC+7, no daylight saving), yyyy-MM-dd: grants run to the end of a Vietnamese day. */
export function vietnamToday(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * The National Population Database, in process, over a generated dataset. Every call checks the
 * officer credential first (as the real system does), refusing with UpstreamError "refused" and
 * the system's code (GRANT_REQUIRED / BAD_CREDENTIAL / GRANT_EXPIRED) — also for unknown numbers,
 * so a refused caller learns nothing about who exists.
 */
export function createMockPopulation(dataset: MockDataset, options: { credentialSecret: string; today?: () => string }): PopulationPort {
  const today = options.today ?? (() => vietnamToday());
  return {
    async getCitizen(personalId, credential) {
      const check = verifyOfficerCredential(options.credentialSecret, credential, today());
      if (!check.ok) throw new UpstreamError("population", "refused", REFUSALS[check.code], { upstreamCode: check.code });
      const p = dataset.personIndex(personalId);
      return p < 0 ? null : dataset.citizen(p);
    },
    async findCandidates(query, credential) {
      const check = verifyOfficerCredential(options.credentialSecret, credential, today());
      if (!check.ok) throw new UpstreamError("population", "refused", REFUSALS[check.code], { upstreamCode: check.code });
      const parsed = ZCandidateQuery.safeParse(query);
      if (!parsed.success) throw new UpstreamError("population", "refused", `Invalid candidate query: ${parsed.error.issues[0]?.message ?? "bad query"}`, { upstreamCode: "BAD_REQUEST" });
      return findCandidates(dataset, parsed.data);
    },
    async health() {
      return { ok: true, latencyMs: 0, breaker: "closed", mode: "in-process" };
    },
  };
}
