import { keyedPost, unauthenticated } from "@/lib/api/keyed-body";
import { ZApiCopyRequest } from "@/lib/copies/api-schemas";
import { fileViaApi } from "@/lib/copies/api-requests";

export const dynamic = "force-dynamic";

/** A copy request is a couple of kilobytes at most; anything far larger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * POST /api/v1/copy-requests — the provincial TTHC system files a copy request for one of its
 * dossiers (lib/copies/api-openapi.ts). 201 with the new request, 200 with the one already filed
 * under that dossier code, 422 when the counter's requester rules refuse it (the Vietnamese reason at
 * the field). An invalid body is answered 400 only for a valid key (a bad key is always 401).
 */
export const POST = keyedPost(ZApiCopyRequest, MAX_BODY_BYTES, async ({ authorization, data, ip }) => {
  const outcome = await fileViaApi(authorization, data, ip);
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
});
