import { checkReady } from "@/lib/health/ready";

export const dynamic = "force-dynamic";

/**
 * GET /api/health/ready — readiness: 200 `{ status: "ok" }` while the database answers, every
 * migration of prisma/migrations is applied and the instance is not shutting down; otherwise 503
 * `{ status: "down", reason }`. A load balancer sends traffic only to ready instances; the
 * orchestrator restarts on /api/health/live, never on this.
 */
export async function GET() {
  const readiness = await checkReady();
  return Response.json(readiness, { status: readiness.status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
