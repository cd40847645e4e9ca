import { PDFDocument } from "pdf-lib";
import type { DocumentContent } from "@/lib/documents/content-schema";
import { drawBody } from "@/lib/documents/pdf/body";
import { embedFonts } from "@/lib/documents/pdf/fonts";
import { drawFooter } from "@/lib/documents/pdf/footer";
import { drawHeader } from "@/lib/documents/pdf/header";
import { PageWriter } from "@/lib/documents/pdf/page-writer";
import { drawSignatureBlock, type SignatureAppearance } from "@/lib/signing/signature-block";
import { signPdfDocument, type SigningCredential } from "@/lib/signing/sign-pdf-document";

/** A digital signature to apply while rendering: the unit's credential and what the block shows. */
export type PdfSignature = { credential: SigningCredential; appearance: SignatureAppearance; reason: string; location: string };

/** The verification code at the end of a verify URL (`…/verify/<code>`), printed under the QR code. */
function codeOf(verifyUrl: string): string {
  const last = new URL(verifyUrl).pathname.split("/").filter(Boolean).pop();
  if (!last) throw new Error(`verifyUrl has no code: ${verifyUrl}`);
  return decodeURIComponent(last);
}

/**
 * Renders an issued document as an A4 PDF laid out per Nghị định 30/2020/NĐ-CP (Annex I): header
 * blocks, title, the content's fields, the signer, and a QR code to `verifyUrl`
 * (`${PUBLIC_BASE_URL}/verify/<code>`, see `verifyUrlFor`). Tinos is embedded as subsets, so the
 * Vietnamese text prints and extracts intact anywhere.
 *
 * Deterministic: the same content and URL give the same bytes (dates come from the content, and
 * pdf-lib's name suffixes from a fixed seed), so a re-download is the document that was issued.
 */
export async function renderDocumentPdf(content: DocumentContent, { verifyUrl, signature }: { verifyUrl: string; signature?: PdfSignature }): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFonts(doc);
  const issued = new Date(`${content.issuedOn}T00:00:00+07:00`);
  doc.setTitle(`${content.title} ${content.subtitle ?? ""} - Số ${content.series.label}`.replace(/\s+/g, " "));
  doc.setAuthor(content.issuer.headerLines.join(" "));
  doc.setSubject(`${content.series.label} · ${content.issuedOn}`);
  doc.setCreator("Cổng khai thác dữ liệu hộ tịch tỉnh Gia Lai");
  doc.setProducer("pdf-lib");
  doc.setLanguage("vi-VN");
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);

  const writer = new PageWriter(doc, fonts);
  drawHeader(writer, content);
  drawBody(writer, content.body);
  const room = drawFooter(writer, content, verifyUrl, codeOf(verifyUrl));
  if (signature) {
    // The visible block sits where a handwritten signature and seal would; the signature field's
    // widget covers it, so a PDF reader shows the signature's details there.
    drawSignatureBlock(room.page, fonts, room.rect, signature.appearance);
    return signPdfDocument(doc, { page: room.page, rect: room.rect, signerName: signature.appearance.signerName, reason: signature.reason, location: signature.location }, signature.credential, signature.appearance.signedAt);
  }
  // One pass without yielding: a page has a few dozen objects, and yielding only adds latency.
  return doc.save({ objectsPerTick: Number.POSITIVE_INFINITY });
}
