import { routeActor } from "@/lib/auth/guards";
import { getDocumentPdf } from "@/lib/documents/get-document-pdf";
import { isAppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import { downloadHeaders } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

const notFound = () => new Response(messages.errors.NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * GET /api/documents/{id}/pdf — an issued document's PDF for signed-in staff whose jurisdiction
 * holds the issuing unit (copy.read); anyone else gets the same 404 as for a missing document.
 * Downloaded as a file named after the document; `?inline=1` shows it in the tab ("Xem").
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor("copy.read");
  if (!actor) return notFound();
  const { id } = await params;
  try {
    const { bytes, filename } = await getDocumentPdf(actor, id);
    return new Response(Buffer.from(bytes), {
      // Personal data: never kept by shared caches, nor by the browser after the tab closes.
      headers: downloadHeaders(filename, "application/pdf", new URL(request.url).searchParams.get("inline") === "1" ? "inline" : "attachment"),
    });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return notFound();
    throw error;
  }
}
