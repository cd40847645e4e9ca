import { checkHealth } from "@/lib/health/check-health";
import { loggerFor, REQUEST_ID_HEADER } from "@/lib/log";

export const dynamic = "force-dynamic";

/**
 * GET /api/health — readiness for load balancers and the monitoring page. 503 only when the database
 * is down: with a national system down the portal still serves everything but lookups ("degraded"),
 * and taking it out of the load balancer would make that worse, not better.
 */
export async function GET(request: Request) {
  const report = await checkHealth();
  if (report.status !== "ok") loggerFor(request.headers.get(REQUEST_ID_HEADER)).warn({ health: report }, `health ${report.status}`);
  return Response.json(report, { status: report.status === "down" ? 503 : 200, headers: { "Cache-Control": "no-store" } });
}
