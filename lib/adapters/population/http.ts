import { createHttpClient, type HttpClientOptions } from "@/lib/adapters/http/client";
import { probeHealth } from "@/lib/adapters/http/health";
import { ERROR_CODES, HEADERS } from "@/lib/adapters/http/wire";
import { ZCandidateResult, ZCitizen, type PopulationPort } from "@/lib/adapters/population/port";

export type PopulationHttpOptions = Omit<HttpClientOptions, "system">;

/**
 * The National Population Database over HTTP (documented in ./openapi.json). The portal's API key
 * says which system is calling; the officer's signed credential, in its own header, says which
 * granted officer is asking. The system refuses (403 GRANT_REQUIRED / BAD_CREDENTIAL /
 * GRANT_EXPIRED) without a valid one, which reaches callers as UpstreamError "refused" with that code.
 */
export function createPopulationHttp(options: PopulationHttpOptions): PopulationPort & { readonly client: ReturnType<typeof createHttpClient> } {
  const client = createHttpClient({ ...options, system: "population" });
  return {
    client,
    getCitizen(personalId, credential, ctx) {
      return client.find({
        method: "GET",
        path: `/citizens/${encodeURIComponent(personalId)}`,
        schema: ZCitizen,
        notFoundCodes: [ERROR_CODES.citizenNotFound],
        // An empty credential is sent as none, so the system answers GRANT_REQUIRED as it should.
        headers: { [HEADERS.officerCredential]: credential || undefined },
        requestId: ctx.requestId,
      });
    },
    async findCandidates(query, credential, ctx) {
      const result = await client.request({
        method: "POST",
        path: "/candidates/search",
        body: query,
        idempotent: true,
        schema: ZCandidateResult,
        headers: { [HEADERS.officerCredential]: credential || undefined },
        requestId: ctx.requestId,
      });
      return result.candidates;
    },
    health: () => probeHealth(client),
  };
}
