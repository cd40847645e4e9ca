import { authenticateApiClient } from "@/lib/api-clients/authenticate-api-client";
import { apiError, errorResponse, zodError } from "@/lib/api/responses";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { REQUEST_ID_HEADER } from "@/lib/log";
import { ZApiLookupRequest } from "@/lib/lookups/api-schemas";
import { lookupViaApi } from "@/lib/lookups/lookup-via-api";

export const dynamic = "force-dynamic";

/** POST /api/v1/lookups — a lookup by the provincial TTHC system (lib/lookups/openapi.ts). */
export async function POST(request: Request) {
  const requestId = request.headers.get(REQUEST_ID_HEADER);
  const client = await authenticateApiClient(request.headers.get("authorization"));
  if (!client) return apiError(401, "UNAUTHENTICATED", "missing, unknown or revoked API key");
  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return apiError(400, "INVALID_INPUT", "the body is not valid JSON");
  }
  const body = ZApiLookupRequest.safeParse(json);
  if (!body.success) return zodError(body.error);
  try {
    return Response.json(await lookupViaApi(client, body.data, requestMetaFromHeaders(request.headers).ip), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, requestId);
  }
}
