import { ZCivilRecord, ZCivilSearchResult, ZRegistrationReceipt, type CallContext, type CivilRegistryPort } from "@/lib/adapters/civil-registry/port";
import { UpstreamError } from "@/lib/adapters/errors";
import { createHttpClient, type HttpClientOptions } from "@/lib/adapters/http/client";
import { probeHealth } from "@/lib/adapters/http/health";
import { ERROR_CODES, HEADERS, MAX_SEARCH_LIMIT, type CivilSearchRequest } from "@/lib/adapters/http/wire";

export type CivilRegistryHttpOptions = Omit<HttpClientOptions, "system">;

/**
 * Who is asking, on every call: the ministry's system keeps its own log of officers and units.
 * Percent-encoded because header values must be Latin-1 and an officer id may be Vietnamese (a
 * system client's is its name); fetch would otherwise throw before sending anything.
 */
function contextHeaders(ctx: CallContext): Record<string, string> {
  return { [HEADERS.officerId]: encodeURIComponent(ctx.officerId), [HEADERS.unitCode]: encodeURIComponent(ctx.unitCode) };
}

/**
 * The Ministry of Justice's e-civil-registry system over HTTP (documented in ./openapi.json).
 * Satisfies the same port as the in-process mock; every answer is zod-parsed and every failure is
 * an UpstreamError. Create one per process (lib/adapters/civil-registry/index.ts does).
 */
export function createCivilRegistryHttp(options: CivilRegistryHttpOptions): CivilRegistryPort & { readonly client: ReturnType<typeof createHttpClient> } {
  const client = createHttpClient({ ...options, system: "civilRegistry" });
  return {
    client,
    search(query, ctx, searchOptions) {
      // The port caps limits at 50; clamping here keeps an over-eager caller from a 400.
      const limit = searchOptions?.limit === undefined ? undefined : Math.max(1, Math.min(MAX_SEARCH_LIMIT, Math.trunc(searchOptions.limit)));
      const body: CivilSearchRequest = { query, ...(limit === undefined ? {} : { limit }) };
      // A search reads and changes nothing upstream, so the POST is safe to retry.
      return client.request({
        method: "POST",
        path: "/records/search",
        body,
        idempotent: true,
        schema: ZCivilSearchResult,
        headers: contextHeaders(ctx),
        requestId: ctx.requestId,
      });
    },
    getRecord(id, ctx) {
      return client.find({
        method: "GET",
        path: `/records/${encodeURIComponent(id)}`,
        schema: ZCivilRecord,
        notFoundCodes: [ERROR_CODES.recordNotFound],
        headers: contextHeaders(ctx),
        requestId: ctx.requestId,
      });
    },
    // Writes carry an idempotency key, so a retry after a timeout can never register twice.
    registerIssuedCopy(registration, ctx) {
      return client.request({
        method: "POST",
        path: "/issued-copies",
        body: registration,
        idempotent: true,
        schema: ZRegistrationReceipt,
        headers: { ...contextHeaders(ctx), [HEADERS.idempotencyKey]: ctx.idempotencyKey },
        requestId: ctx.requestId,
      });
    },
    async revokeIssuedCopy(registrationId, revocation, ctx) {
      const receipt = await client.find({
        method: "POST",
        path: `/issued-copies/${encodeURIComponent(registrationId)}/revocation`,
        body: revocation,
        idempotent: true,
        schema: ZRegistrationReceipt,
        notFoundCodes: [ERROR_CODES.registrationNotFound],
        headers: { ...contextHeaders(ctx), [HEADERS.idempotencyKey]: ctx.idempotencyKey },
        requestId: ctx.requestId,
      });
      if (!receipt) throw new UpstreamError("civilRegistry", "refused", `no registration ${registrationId}`, { upstreamCode: ERROR_CODES.registrationNotFound });
      return receipt;
    },
    health: () => probeHealth(client),
  };
}
