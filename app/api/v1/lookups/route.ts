import { authenticateApiClient } from "@/lib/api-clients/authenticate-api-client";
import { readJsonBody } from "@/lib/api/read-body";
import { apiError, apiRoute, errorResponse, zodError } from "@/lib/api/responses";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { lookupViaApi } from "@/lib/lookups/lookup-via-api";

export const dynamic = "force-dynamic";

/** A lookup request is a few hundred bytes; anything far larger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

const unauthenticated = () => apiError(401, "UNAUTHENTICATED", "missing, unknown or revoked API key");

/**
 * POST /api/v1/lookups — a lookup by the provincial TTHC system (lib/lookups/openapi.ts). A valid
 * body goes straight to lookupViaApi, which checks the key together with the unit and the purpose;
 * an invalid one is answered 400 only for a valid key (a bad key is always 401).
 */
export const POST = apiRoute(async (request, requestId) => {
  const authorization = request.headers.get("authorization");
  // Counted as it arrives: a chunked body (no Content-Length) is cut off at the limit too.
  const read = await readJsonBody(request, MAX_BODY_BYTES);
  if (read.kind === "too_large") {
    return (await authenticateApiClient(authorization)) ? apiError(413, "INVALID_INPUT", `the body is larger than ${MAX_BODY_BYTES} bytes`) : unauthenticated();
  }
  const body = read.kind === "json" ? ZApiLookupRequest.safeParse(read.value) : null;
  if (!body?.success) {
    if (!(await authenticateApiClient(authorization))) return unauthenticated();
    return body ? zodError(body.error) : apiError(400, "INVALID_INPUT", "the body is not valid JSON");
  }
  try {
    const answer = await lookupViaApi(authorization, body.data, requestMetaFromHeaders(request.headers).ip);
    return answer ? Response.json(answer, { headers: { "Cache-Control": "no-store" } }) : unauthenticated();
  } catch (error) {
    return errorResponse(error, requestId);
  }
});
