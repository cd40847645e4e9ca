import { apiRoute, errorResponse } from "@/lib/api/responses";
import { verifyDocument } from "@/lib/documents/verify-document";
import { verifyRateLimitResponse } from "@/lib/documents/verify-rate-limit";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/verify/{code} — public check of an issued document (lib/documents/verify-openapi.ts): exactly
 * `{ valid: false }` for an unknown or forged code, else the status and the facts the page shows.
 */
export const GET = apiRoute(async (request, requestId, { params }: { params: Promise<{ code: string }> }) => {
  try {
    const limited = await verifyRateLimitResponse(request.headers);
    if (limited) return limited;
    const { code } = await params;
    return Response.json(await verifyDocument(code), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, requestId);
  }
});
