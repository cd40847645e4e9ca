import { routeActor } from "@/lib/auth/guards";
import { getExportJob } from "@/lib/exports/jobs";

export const dynamic = "force-dynamic";

/** GET /api/exports/{id} — one of the user's own export jobs: status and progress (404 for anyone else's). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await routeActor();
  const job = actor ? await getExportJob(actor, (await params).id) : null;
  if (!job) return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return Response.json({ job }, { headers: { "Cache-Control": "private, no-store" } });
}
