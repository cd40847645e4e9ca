import { routeActor } from "@/lib/auth/guards";
import { getExportFile } from "@/lib/exports/jobs";
import { downloadHeaders } from "@/lib/http/content-disposition";
import { messages } from "@/lib/text/messages";

export const dynamic = "force-dynamic";

const notFound = () => new Response(messages.errors.NOT_FOUND, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/** GET /api/exports/{id}/file — a finished export's file, for its owner only (owner in the query); 404 otherwise. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor();
  const file = actor ? await getExportFile(actor, (await params).id) : null;
  if (!file) return notFound();
  return new Response(Buffer.from(file.body), { headers: downloadHeaders(file.fileName, file.contentType) });
}
