import { checkHealth } from "@/lib/health/check-health";
import { loggerFor, REQUEST_ID_HEADER } from "@/lib/log";

export const dynamic = "force-dynamic";

/** GET /api/health — readiness for load balancers and the monitoring page. 503 when not ready. */
export async function GET(request: Request) {
  const report = await checkHealth();
  if (report.status !== "ok") loggerFor(request.headers.get(REQUEST_ID_HEADER)).warn({ health: report }, "health check failed");
  return Response.json(report, { status: report.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
