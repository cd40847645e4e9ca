import { checkHealth, checkReadiness } from "@/lib/health/check-health";
import { mayReadHealthDetails } from "@/lib/health/health-access";
import { loggerFor, REQUEST_ID_HEADER } from "@/lib/server/log";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * GET /api/health — readiness. Anonymous callers (load balancers) get only `{ status }`: 200 while
 * the database answers, 503 when it does not. An administrator's session or `Authorization: Bearer
 * <MONITORING_TOKEN>` gets the full report (database and national systems, latencies, breakers,
 * the probe's figures, version); still 503 only when the database is down: with a national system
 * down the portal serves everything but lookups ("degraded").
 */
export async function GET(request: Request) {
  if (!(await mayReadHealthDetails(request))) {
    const { status } = await checkReadiness();
    return Response.json({ status }, { status: status === "down" ? 503 : 200, headers: NO_STORE });
  }
  const report = await checkHealth();
  if (report.status !== "ok") loggerFor(request.headers.get(REQUEST_ID_HEADER)).warn({ health: report }, `health ${report.status}`);
  return Response.json(report, { status: report.status === "down" ? 503 : 200, headers: NO_STORE });
}
