import { downloadHeaders } from "@/lib/http/content-disposition";
import { routeActor } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import { getAnswerFile, type AnswerFormat } from "@/lib/agency-requests/answer-files";

export const dynamic = "force-dynamic";

const notFound = () => new Response(messages.errors.NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
const FORMATS: readonly AnswerFormat[] = ["pdf", "json", "csv"];

/**
 * GET /api/agency-requests/{id}/answer/{pdf|json|csv} — the answer letter and its attachments, for
 * the requesting agency, the provincial Department of Justice and the handling unit (scope in the query); anyone else, and
 * any request without an answer, gets the same 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const actor = await routeActor();
  const { id, format } = await params;
  if (!actor || !(FORMATS as readonly string[]).includes(format)) return notFound();
  try {
    const file = await getAnswerFile(actor, id, format as AnswerFormat);
    return new Response(Buffer.from(file.bytes), {
      // Personal data: never kept by shared caches, nor by the browser after the tab closes.
      headers: downloadHeaders(file.filename, file.contentType, format === "pdf" ? "inline" : "attachment"),
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}
