import { authenticateApiClient } from "@/lib/api-clients/authenticate-api-client";
import { readJsonBody } from "@/lib/api/read-body";
import { apiError, apiRoute, errorResponse, zodError } from "@/lib/api/responses";
import { requestMetaFromHeaders } from "@/lib/auth/security-log";
import { ZApiCopyRequest } from "@/lib/copies/api-schemas";
import { fileViaApi } from "@/lib/copies/api-requests";

export const dynamic = "force-dynamic";

/** A copy request is a couple of kilobytes at most; anything far larger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

const unauthenticated = () => apiError(401, "UNAUTHENTICATED", "missing, unknown or revoked API key");

/**
 * POST /api/v1/copy-requests — the provincial TTHC system files a copy request for one of its
 * dossiers (lib/copies/api-openapi.ts). 201 with the new request, 200 with the one already filed
 * under that dossier code, 422 when the counter's requester rules refuse it (the Vietnamese reason at
 * the field). An invalid body is answered 400 only for a valid key (a bad key is always 401).
 */
export const POST = apiRoute(async (request, requestId) => {
  const authorization = request.headers.get("authorization");
  const read = await readJsonBody(request, MAX_BODY_BYTES);
  if (read.kind === "too_large") {
    return (await authenticateApiClient(authorization)) ? apiError(413, "INVALID_INPUT", `the body is larger than ${MAX_BODY_BYTES} bytes`) : unauthenticated();
  }
  const body = read.kind === "json" ? ZApiCopyRequest.safeParse(read.value) : null;
  if (!body?.success) {
    if (!(await authenticateApiClient(authorization))) return unauthenticated();
    return body ? zodError(body.error) : apiError(400, "INVALID_INPUT", "the body is not valid JSON");
  }
  try {
    const outcome = await fileViaApi(authorization, body.data, requestMetaFromHeaders(request.headers).ip);
    if (!outcome) return unauthenticated();
    if (outcome.kind === "refused") {
      const [field, message] = Object.entries(outcome.fieldErrors)[0]!;
      return Response.json(
        { error: { code: "REQUEST_REFUSED", message: `${field}: ${message}`, field, fieldErrors: outcome.fieldErrors } },
        { status: 422, headers: { "Cache-Control": "no-store" } },
      );
    }
    const headers = { "Cache-Control": "no-store", Location: `/api/v1/copy-requests/${outcome.request.id}` };
    return Response.json(outcome.request, { status: outcome.kind === "created" ? 201 : 200, headers });
  } catch (error) {
    return errorResponse(error, requestId);
  }
});
