import { apiError, apiRoute, errorResponse } from "@/lib/api/responses";
import { readBytesBody } from "@/lib/api/read-body";
import { checkDocumentFile } from "@/lib/documents/verify-document";
import { verifyRateLimitResponse } from "@/lib/documents/verify-rate-limit";

export const dynamic = "force-dynamic";

/** A PDF of a copy or confirmation is well under this (fonts subset, one or two pages). */
const MAX_PDF_BYTES = 10 * 1024 * 1024;

/**
 * POST /api/v1/verify/{code}/file — public: the body is a PDF the checker holds (application/pdf,
 * at most 10 MB); the answer is the verdict of GET /api/v1/verify/{code} plus `file`: its SHA-256
 * and whether it is byte for byte the PDF issued under the code. The file is hashed and dropped,
 * never stored. Counted in the same per-address limit as the page and GET.
 */
export const POST = apiRoute(async (request, requestId, { params }: { params: Promise<{ code: string }> }) => {
  try {
    const limited = await verifyRateLimitResponse(request.headers);
    if (limited) return limited;
    const body = await readBytesBody(request, MAX_PDF_BYTES);
    if (body.kind === "too_large") return apiError(413, "PAYLOAD_TOO_LARGE", "the file is larger than 10 MB");
    if (body.kind === "empty") return apiError(400, "INVALID_INPUT", "send the PDF as the request body", "body");
    const { code } = await params;
    const { result, file } = await checkDocumentFile(code, body.value);
    return Response.json({ ...result, file }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, requestId);
  }
});
