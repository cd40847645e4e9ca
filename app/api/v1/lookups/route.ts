import { readKeyedBody, unauthenticated } from "@/lib/api/keyed-body";
import { apiRoute, errorResponse } from "@/lib/api/responses";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { lookupViaApi } from "@/lib/lookups/lookup-via-api";

export const dynamic = "force-dynamic";

/** A lookup request is a few hundred bytes; anything far larger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST /api/v1/lookups — a lookup by the provincial TTHC system (lib/lookups/openapi.ts). A valid
 * body goes straight to lookupViaApi, which checks the key together with the unit and the purpose;
 * an invalid one is answered 400 only for a valid key (a bad key is always 401).
 */
export const POST = apiRoute(async (request, requestId) => {
  const read = await readKeyedBody(request, ZApiLookupRequest, MAX_BODY_BYTES);
  if (!read.ok) return read.response;
  const { authorization, data } = read;
  try {
    const answer = await lookupViaApi(authorization, data, requestMetaFromHeaders(request.headers).ip);
    return answer ? Response.json(answer, { headers: { "Cache-Control": "no-store" } }) : unauthenticated();
  } catch (error) {
    return errorResponse(error, requestId);
  }
});
