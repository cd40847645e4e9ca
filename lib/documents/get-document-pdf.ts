import "server-only";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { verifyUrlFor } from "@/lib/documents/codes";
import { ZDocumentContent } from "@/lib/documents/content";
import { renderDocumentPdf } from "@/lib/documents/render-document-pdf";
import { assertRowId } from "@/lib/validation/ids";
import { printedNumber } from "@/lib/documents/forms";
import { messages } from "@/lib/text/messages";

/** The file name of an issued document: its kind and printed number, e.g. "Bản sao trích lục khai sinh 12-2026-TLKS-BS.pdf". */
export function documentFileName(doc: { kind: keyof typeof messages.copies.documentKinds; number: number; symbol: string; label?: string | null }): string {
  const kind = messages.copies.documentKinds[doc.kind].replace(/\s*\(.*\)\s*$/, "");
  return `${kind} ${printedNumber(doc).replace(/\//g, "-")}.pdf`;
}

/**
 * The PDF of an issued document, for staff of the issuing unit's jurisdiction (copy.read).
 *
 * Documents signed since digital signatures exist are served as stored; older ones are rendered
 * from their stored content and code. The jurisdiction is part of the query, so a document of another unit is exactly as missing as one
 * that does not exist (NOT_FOUND either way). The PDF is rendered from the stored content and the
 * stored code, so every download is byte for byte the document that was issued (as long as
 * PUBLIC_BASE_URL, printed in its QR code, stays the same).
 */
export async function getDocumentPdf(actor: Actor, documentId: string, deps: Deps & { publicBaseUrl?: string } = {}): Promise<{ bytes: Uint8Array; filename: string }> {
  assertRowId(documentId);
  const { db } = resolveDeps(deps);
  const row = await db.issuedDocument.findFirst({
    where: { id: documentId, ...scopeWhere(actor, "copy.read") },
    select: { code: true, content: true, kind: true, symbol: true, number: true, label: true, year: true, pdf: true },
  });
  if (!row) throw new AppError("NOT_FOUND", { message: `issued document ${documentId} not found in scope of ${actor.username}` });
  // The file as issued (digitally signed): never re-rendered, or the signature would not cover it.
  if (row.pdf) return { bytes: new Uint8Array(row.pdf), filename: documentFileName(row) };
  const content = ZDocumentContent.parse(row.content);
  const bytes = await renderDocumentPdf(content, { verifyUrl: verifyUrlFor(row.code, deps.publicBaseUrl) });
  return { bytes, filename: documentFileName(row) };
}
