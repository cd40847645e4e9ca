import { apiError, apiRoute, errorResponse } from "@/lib/api/responses";
import { verifyDocument } from "@/lib/documents/verify-document";
import { consumeVerifyRateLimit } from "@/lib/documents/verify-rate-limit";

export const dynamic = "force-dynamic";

/**
 * GET /api/v1/verify/{code} — public check of an issued document (lib/lookups/openapi.ts): exactly
 * `{ valid: false }` for an unknown or forged code, else the status and the facts the page shows.
 */
export const GET = apiRoute(async (request, requestId, { params }: { params: Promise<{ code: string }> }) => {
  try {
    const limit = await consumeVerifyRateLimit(request.headers);
    if (!limit.allowed) {
      const response = apiError(429, "RATE_LIMITED", `too many verifications; retry after ${limit.retryAfterSeconds} s`);
      response.headers.set("Retry-After", String(limit.retryAfterSeconds));
      return response;
    }
    const { code } = await params;
    return Response.json(await verifyDocument(code), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, requestId);
  }
});
