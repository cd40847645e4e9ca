import { routeActor } from "@/lib/auth/guards";
import { dossierBatches, dossierCells, ZDossierFilter } from "@/lib/lookups/list-dossiers";
import { csvLine } from "@/lib/text/csv";
import { todayInVietnam } from "@/lib/text/dates";
import { downloadHeaders } from "@/lib/http/content-disposition";
import { logger } from "@/lib/server/log";
import { lookupsTexts } from "@/lib/lookups/messages";

const HEADINGS = [...lookupsTexts.dossiers.csvHeadings];

/**
 * GET /dossiers/export — the filtered dossier list as CSV (UTF-8 with BOM, Vietnamese headings),
 * streamed: dossiers are read in keyset batches of 1,000 and written as they come, so memory holds
 * one batch however many there are.
 */
export async function GET(request: Request) {
  const actor = await routeActor("dossier.read");
  if (!actor) return new Response(lookupsTexts.common.notFound, { status: 404 });
  const filter = ZDossierFilter.parse(Object.fromEntries(new URL(request.url).searchParams));
  const batches = dossierBatches(actor, filter, 1_000);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode("\uFEFF" + csvLine(HEADINGS) + "\r\n"));
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) return controller.close();
        const lines = next.value.map((d) => csvLine(dossierCells(d)));
        controller.enqueue(encoder.encode(lines.join("\r\n") + "\r\n"));
      } catch (error) {
        logger().error({ err: error }, "dossier CSV export failed");
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
  return new Response(body, { headers: downloadHeaders(lookupsTexts.dossiers.csvFileName(todayInVietnam()), "text/csv; charset=utf-8") });
}
