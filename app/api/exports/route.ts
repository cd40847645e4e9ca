import { routeActor } from "@/lib/auth/guards";
import { listExportJobs } from "@/lib/exports/jobs";

export const dynamic = "force-dynamic";

/** GET /api/exports — the signed-in user's recent export jobs (polled by the export panel). */
export async function GET() {
  const actor = await routeActor();
  if (!actor) return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json({ jobs: await listExportJobs(actor) }, { headers: { "Cache-Control": "private, no-store" } });
}
