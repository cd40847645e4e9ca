import { downloadHeaders } from "@/lib/http/content-disposition";
import { routeActor } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors/app-error";
import { exportUnitReport } from "@/lib/reports/export/export-report";
import { messages } from "@/lib/text/messages";

/** GET /reports/<id>/export?format=pdf|xlsx — the unit's report (404 outside the jurisdiction). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor("report.read");
  if (!actor) return new Response(messages.common.notFound, { status: 404 });
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "pdf";
  try {
    const file = await exportUnitReport(actor, (await params).id, format);
    return new Response(new Uint8Array(file.body), { headers: downloadHeaders(file.filename, file.contentType) });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return new Response(messages.common.notFound, { status: 404 });
    throw error;
  }
}
