import { downloadHeaders } from "@/lib/http/content-disposition";
import { apiError, apiRoute, errorResponse } from "@/lib/api/responses";
import { getApiCopyRequestDocument } from "@/lib/copies/api-requests";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/copy-requests/{id}/document — the signed PDF of a request this key filed, for the TTHC
 * system to deliver to the citizen's VNeID/portal account: 409 NOT_SIGNED before it is signed, 410
 * DOCUMENT_REVOKED once revoked.
 */
export const GET = apiRoute(async (request, requestId, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const { id } = await params;
    const outcome = await getApiCopyRequestDocument(request.headers.get("authorization"), id);
    if (!outcome) return apiError(401, "UNAUTHENTICATED", "missing, unknown or revoked API key");
    if (outcome.kind === "not_signed") return apiError(409, "NOT_SIGNED", `the document is not signed yet (status ${outcome.status})`);
    if (outcome.kind === "revoked") return apiError(410, "DOCUMENT_REVOKED", `the document was revoked on ${outcome.revokedAt.toISOString()}`);
    return new Response(Buffer.from(outcome.bytes), {
      headers: downloadHeaders(outcome.filename, "application/pdf"),
    });
  } catch (error) {
    return errorResponse(error, requestId);
  }
});
