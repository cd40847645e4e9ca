import { z } from "zod";

// The shape of IssuedDocument.content: everything the PDF shows, as plain JSON, so a document can
// be rendered again byte for byte from its row, and its hash recomputed to prove it unaltered.
// Any change to this shape needs a new `schemaVersion`: stored documents keep the old one.

/** One "Label: value" pair of the form. */
export const ZDocumentField = z.object({ label: z.string().min(1), value: z.string() });
export type DocumentField = z.infer<typeof ZDocumentField>;

/**
 * A piece of the body, top to bottom. `fields` rows hold one field, or several printed side by side
 * when they fit ("Giới tính: Nữ   Dân tộc: Kinh   Quốc tịch: Việt Nam"), as the forms do.
 */
export const ZDocumentBlock = z.discriminatedUnion("type", [
  z.object({ type: z.literal("heading"), text: z.string().min(1) }),
  z.object({ type: z.literal("fields"), rows: z.array(z.array(ZDocumentField).min(1)) }),
  z.object({ type: z.literal("paragraph"), text: z.string().min(1), style: z.enum(["regular", "italic", "bold"]) }),
]);
export type DocumentBlock = z.infer<typeof ZDocumentBlock>;

/** The issued-document series (COPY_OTHER: documents issued before each event had its own form), and AGENCY_ANSWER: answers to agency requests (lib/agency-requests). */
export const ZDocumentKind = z.enum(["COPY_BIRTH", "COPY_MARRIAGE", "COPY_DEATH", "COPY_PARENTAGE", "COPY_GUARDIANSHIP", "COPY_CHANGE_CORRECTION", "COPY_DIVORCE", "COPY_ADOPTION", "COPY_OTHER", "CONFIRMATION", "AGENCY_ANSWER"]);

export const ZDocumentContent = z.object({
  schemaVersion: z.literal(1),
  kind: ZDocumentKind,
  /** The number in its series: printed "Số: 15/2026/TLKS-BS" (`label`, in the number format in force at signing). */
  series: z.object({ number: z.number().int().positive(), symbol: z.string().min(1), year: z.number().int(), label: z.string().min(1) }),
  /** Day of issue in Vietnam, yyyy-MM-dd. */
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  issuer: z.object({
    unitName: z.string().min(1),
    unitCode: z.string().min(1),
    /** Top-left lines in capitals: ["UBND PHƯỜNG PLEIKU"]. */
    headerLines: z.array(z.string().min(1)).min(1),
    /** "Pleiku, ngày 28 tháng 11 năm 2026" */
    placeDate: z.string().min(1),
  }),
  title: z.string().min(1),
  /** "(BẢN SAO)" for copies; null for confirmations. */
  subtitle: z.string().nullable(),
  body: z.array(ZDocumentBlock),
  signer: z.object({ name: z.string().min(1), titleLines: z.array(z.string().min(1)).min(1) }),
  /** The people the document is about, as the register writes them (shown masked on /verify). */
  holderNames: z.array(z.string().min(1)).min(1),
  /** The register's record ids the content was taken from (not printed; for the audit trail). */
  recordIds: z.array(z.string()),
  /** Small print under the QR code's caption. */
  footnote: z.string(),
});
/** Everything an issued document's PDF shows; stored as IssuedDocument.content. */
export type DocumentContent = z.infer<typeof ZDocumentContent>;
