import { keyedPost, unauthenticated } from "@/lib/api/keyed-body";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { lookupViaApi } from "@/lib/api/lookup-via-api";

export const dynamic = "force-dynamic";

/** A lookup request is a few hundred bytes; anything far larger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST /api/v1/lookups — a lookup by the provincial TTHC system (schemas: lib/lookups/api-schemas.ts,
 * document: lib/api/openapi.ts). A valid body goes straight to lookupViaApi, which checks the key
 * together with the unit and the purpose; an invalid one is answered 400 only for a valid key (a
 * bad key is always 401).
 */
export const POST = keyedPost(ZApiLookupRequest, MAX_BODY_BYTES, async ({ authorization, data, ip }) => {
  const answer = await lookupViaApi(authorization, data, ip);
  return answer ? Response.json(answer, { headers: { "Cache-Control": "no-store" } }) : unauthenticated();
});
