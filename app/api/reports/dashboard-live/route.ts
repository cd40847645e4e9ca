import { routeActor } from "@/lib/auth/guards";
import { getDashboardLive } from "@/lib/reports/dashboard";
import { ZDashboardFilter } from "@/lib/reports/schemas";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/reports/dashboard-live?month=YYYY-MM — the dashboard's availability and overdue tiles,
 * refetched at the probe interval: for whoever may view the dashboard (the figures are of the
 * actor's jurisdiction, as on the page); anyone else gets 404, as for a page outside their role.
 */
export async function GET(request: Request) {
  const actor = await routeActor("dashboard.view");
  if (!actor) return Response.json({ error: "NOT_FOUND" }, { status: 404, headers: NO_STORE });
  // As on the page, a month that is not YYYY-MM reads as the current reporting month.
  const filter = ZDashboardFilter.parse({ month: new URL(request.url).searchParams.get("month") ?? undefined });
  return Response.json(await getDashboardLive(actor, filter), { headers: NO_STORE });
}
