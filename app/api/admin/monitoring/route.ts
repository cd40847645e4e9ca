import { routeActor } from "@/lib/auth/guards";
import { getMonitoring } from "@/lib/admin/monitoring/probe-stats";
import { monitoringToJson } from "@/lib/admin/monitoring/monitoring-json";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/admin/monitoring — the monitoring page's figures, refetched at the probe interval:
 * administrators only, as the page; anyone else gets 404, as for a page outside their role.
 */
export async function GET() {
  const actor = await routeActor("admin.monitoring");
  if (!actor) return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: NO_STORE });
  return new Response(monitoringToJson(await getMonitoring(actor)), { headers: { ...NO_STORE, "Content-Type": "application/json; charset=utf-8" } });
}
