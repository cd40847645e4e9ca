import { downloadHeaders } from "@/lib/http/content-disposition";
import { routeActor } from "@/lib/auth/guards";
import { exportSummary } from "@/lib/reports/export/export-report";
import { ZDashboardFilter } from "@/lib/reports/schemas";
import { messages } from "@/lib/text/messages";

/** GET /reports/summary/export?month=yyyy-MM&format=pdf|xlsx — the provincial summary (the provincial Department of Justice only). */
export async function GET(request: Request) {
  const actor = await routeActor("dashboard.view");
  if (!actor) return new Response(messages.common.notFound, { status: 404 });
  const params = new URL(request.url).searchParams;
  const file = await exportSummary(actor, ZDashboardFilter.parse(Object.fromEntries(params)), params.get("format") === "xlsx" ? "xlsx" : "pdf");
  return new Response(new Uint8Array(file.body), { headers: downloadHeaders(file.filename, file.contentType) });
}
