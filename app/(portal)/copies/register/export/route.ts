import { routeActor } from "@/lib/auth/guards";
import { ZRegisterFilter } from "@/lib/copies/schemas";
import { registerPeriod } from "@/lib/copies/list-register";
import { formatPartialDate } from "@/lib/text/dates";
import { copiesTexts } from "@/lib/copies/messages";

/**
 * GET /copies/register/export — the filtered register as .xlsx: the period's filter handed to the
 * exports' direct download (/api/exports/direct/REGISTER, streamed, refused over EXPORT_JOB_THRESHOLD_ROWS
 * rows, where the export panel's filtered download makes a background job instead).
 */
export async function GET(request: Request) {
  const actor = await routeActor("copy.read");
  if (!actor) return new Response(copiesTexts.exportRoute.notFound, { status: 404 });
  const url = new URL(request.url);
  const filter = ZRegisterFilter.parse(Object.fromEntries(url.searchParams));
  const period = registerPeriod(filter, new Date());
  const q = new URLSearchParams({ from: formatPartialDate(period.from), to: formatPartialDate(period.to) });
  if (filter.kind) q.set("kind", filter.kind);
  if (filter.unit) q.set("unit", filter.unit);
  // A relative Location: the browser stays on the host (and cookies) it asked with, whatever Next.js thinks its URL is.
  return new Response(null, { status: 303, headers: { Location: `/api/exports/direct/REGISTER?${q.toString()}`, "Cache-Control": "no-store" } });
}
