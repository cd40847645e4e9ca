import { pdflibAddPlaceholder } from "@signpdf/placeholder-pdf-lib";
import signpdfModule from "@signpdf/signpdf";
import { SUBFILTER_ETSI_CADES_DETACHED } from "@signpdf/utils";
import type { PDFDocument, PDFPage } from "pdf-lib";
import { CadesP12Signer } from "@/lib/signing/cades-signer";

// Digital signature (chữ ký số) of an issued document: a CMS detached signature over the PDF's byte
// ranges, SHA-256, with the unit's certificate (PAdES: SubFilter ETSI.CAdES.detached), placed in a
// signature field whose widget sits where the signer's block is printed, so a PDF reader shows
// the signature there. The visible text of the block (who, title, unit, time) is drawn by the
// document renderer into the same rectangle.

// @signpdf/signpdf is CommonJS with its instance as `exports.default`: bundlers (Next.js, Vitest) hand
// over that instance, Node's own ESM loader (tsx scripts such as bench:documents) the whole
// module.exports, whose `default` it is.
const signpdf: typeof signpdfModule = "sign" in signpdfModule ? signpdfModule : (signpdfModule as unknown as { default: typeof signpdfModule }).default;

/** Room for the CMS: a 2048-bit RSA signature with a two-certificate chain fits in 8 KiB of DER. */
const SIGNATURE_LENGTH = 8_192;

export type SignatureField = {
  /** The page the signature widget sits on and its rectangle [x1, y1, x2, y2] in points. */
  page: PDFPage;
  rect: [number, number, number, number];
  /** Who signs, as the PDF's /Name ("Lê Văn Hùng"). */
  signerName: string;
  /** "Ký cấp bản sao trích lục hộ tịch số 15/2026/TLKS-BS" */
  reason: string;
  /** Where ("Phường Pleiku, Gia Lai"). */
  location: string;
  /** The unit's contact line, optional. */
  contactInfo?: string;
};

export type SigningCredential = { p12: Buffer; passphrase: string };

/**
 * Adds the signature field to `doc` (not yet saved), saves it and signs the bytes. `signedAt` is
 * both the /M of the signature dictionary and the CMS signing time, so re-signing the same bytes
 * with the same key at the same time gives the same file (RSA PKCS#1 v1.5 is deterministic).
 */
export async function signPdfDocument(doc: PDFDocument, field: SignatureField, credential: SigningCredential, signedAt: Date): Promise<Buffer> {
  pdflibAddPlaceholder({
    pdfDoc: doc,
    pdfPage: field.page,
    reason: field.reason,
    contactInfo: field.contactInfo ?? "",
    name: field.signerName,
    location: field.location,
    signingTime: signedAt,
    signatureLength: SIGNATURE_LENGTH,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    widgetRect: field.rect,
    appName: "Cổng khai thác dữ liệu hộ tịch tỉnh Gia Lai",
  });
  // The placeholder must stay a plain object the signer can find and fill: no object streams.
  const unsigned = await doc.save({ useObjectStreams: false, objectsPerTick: Number.POSITIVE_INFINITY });
  const signer = new CadesP12Signer(credential.p12, credential.passphrase);
  return signpdf.sign(Buffer.from(unsigned), signer, signedAt);
}
