export const dynamic = "force-dynamic";

/**
 * GET /api/health/live — liveness: the process answers HTTP. It touches no database and no national
 * system (and the proxy lets it through while the database is marked down), so an orchestrator
 * restarts an instance only when the instance itself is stuck, never because a dependency is down.
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
