import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { verifyUrlFor } from "@/lib/documents/codes";
import { ZDocumentContent } from "@/lib/documents/content";
import { renderDocumentPdf } from "@/lib/documents/render-document-pdf";
import { answerCsv, type AnswerData } from "@/lib/agency-requests/answer-data";
import { agencyRequestScope } from "@/lib/agency-requests/scope";
import { assertRowId } from "@/lib/validation/ids";

export type AnswerFormat = "pdf" | "json" | "csv";

/**
 * The answer of a request as a file: the letter's PDF (rendered again from the stored content and
 * code, so byte for byte the letter issued), or its JSON / CSV attachment. Only for those who may
 * see the request (scope in the query): anyone else gets NOT_FOUND, as for a request without answer.
 */
export async function getAnswerFile(actor: Actor, agencyRequestId: string, format: AnswerFormat, deps: Deps & { publicBaseUrl?: string } = {}): Promise<{ bytes: Uint8Array; filename: string; contentType: string }> {
  assertRowId(agencyRequestId);
  const { db } = resolveDeps(deps);
  const scope = await agencyRequestScope(db, actor);
  const answer = await db.agencyAnswerDocument.findFirst({
    where: { request: { AND: [{ id: agencyRequestId }, scope] } },
    select: { code: true, content: true, data: true, request: { select: { code: true } } },
  });
  if (!answer) throw new AppError("NOT_FOUND", { message: `answer of ${agencyRequestId} not in scope of ${actor.username}` });
  const base = `tra-loi-${answer.request.code}`;
  if (format === "json") return { bytes: new TextEncoder().encode(JSON.stringify(answer.data, null, 2)), filename: `${base}.json`, contentType: "application/json; charset=utf-8" };
  if (format === "csv") return { bytes: new TextEncoder().encode(answerCsv(answer.data as AnswerData)), filename: `${base}.csv`, contentType: "text/csv; charset=utf-8" };
  const content = ZDocumentContent.parse(answer.content);
  return { bytes: await renderDocumentPdf(content, { verifyUrl: verifyUrlFor(answer.code, deps.publicBaseUrl) }), filename: `${base}.pdf`, contentType: "application/pdf" };
}
