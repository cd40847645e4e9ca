import { routeActor } from "@/lib/auth/guards";
import { isAppError } from "@/lib/errors/app-error";
import { buildDirectExport } from "@/lib/exports/jobs";
import { ZExportKind } from "@/lib/exports/kinds";
import { downloadHeaders } from "@/lib/http/content-disposition";
import { messages } from "@/lib/text/messages";
import { exportMessages } from "@/lib/exports/messages";
import { formatCount } from "@/lib/text/format";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * GET /api/exports/direct/{kind}?<filters> — a small export (up to EXPORT_JOB_THRESHOLD_ROWS rows)
 * built at once; a larger one is refused (409) and must go through a background job.
 */
export async function GET(request: Request, { params: route }: { params: Promise<{ kind: string }> }) {
  const actor = await routeActor();
  const params = new URL(request.url).searchParams;
  const kind = ZExportKind.safeParse((await route).kind);
  if (!actor || !kind.success) return text(messages.errors.NOT_FOUND, 404);
  try {
    const out = await buildDirectExport(actor, kind.data, Object.fromEntries(params));
    if ("tooLarge" in out) return text(exportMessages.tooLarge(formatCount(out.tooLarge)), 409);
    return new Response(new Uint8Array(out.body), { headers: downloadHeaders(out.fileName, out.contentType) });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") return text(messages.errors.NOT_FOUND, 404);
    throw error;
  }
}
