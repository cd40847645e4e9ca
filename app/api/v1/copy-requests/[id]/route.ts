import { apiError, apiRoute, errorResponse } from "@/lib/api/responses";
import { getApiCopyRequest } from "@/lib/copies/api-requests";

export const dynamic = "force-dynamic";

/** GET /api/v1/copy-requests/{id} — the status of a request this key filed (another key's: 404). */
export const GET = apiRoute(async (request, requestId, { params }: { params: Promise<{ id: string }> }) => {
  try {
    const { id } = await params;
    const view = await getApiCopyRequest(request.headers.get("authorization"), id);
    return view ? Response.json(view, { headers: { "Cache-Control": "no-store" } }) : apiError(401, "UNAUTHENTICATED", "missing, unknown or revoked API key");
  } catch (error) {
    return errorResponse(error, requestId);
  }
});
