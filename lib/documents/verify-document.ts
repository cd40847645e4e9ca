import "server-only";
import { createHash } from "node:crypto";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { todayInVietnam } from "@/lib/text/dates";
import { env } from "@/lib/server/env";
import { checkVerificationCode, isWellFormedCode } from "@/lib/documents/codes";
import { contentHash, ZDocumentContent, type DocumentContent } from "@/lib/documents/content";
import { maskName } from "@/lib/documents/mask-name";
import { logger } from "@/lib/server/log";
import type { CertificateInfo } from "@/lib/signing/certificate-info";

type StoredSignature = CertificateInfo & { signedAt: string; demo: boolean };

/** What anyone holding a code may learn: that the paper is genuine, and just enough to match it. */
export type KnownDocument = {
  valid: boolean;
  status: "valid" | "revoked";
  kind: DocumentContent["kind"];
  /** "15/TLKS-BS" */
  number: string;
  /** yyyy-MM-dd, Vietnam */
  issuedOn: string;
  /** The issuing unit as named on the document ("Phường Pleiku"). */
  issuingUnit: string;
  /** The people it is about, masked ("Rơ M** H'L**"); several joined with " và ". */
  holder: string;
  /** yyyy-MM-dd, Vietnam; only for a revoked document. */
  revokedOn?: string;
  /** The digital signature the issued PDF carries; null for a document issued on paper only. */
  signature: DocumentSignature | null;
  /** Whether the national civil-registry system has it registered; null where it does not apply. */
  nationalRegistration: "DELIVERED" | "PENDING" | "REFUSED" | null;
};

/** Who signed and with which certificate, as stored when the document was signed. */
export type DocumentSignature = {
  signerName: string;
  signerTitle: string;
  /** ISO instant. */
  signedAt: string;
  certificate: Pick<CertificateInfo, "subject" | "issuer" | "serialNumber" | "notBefore" | "notAfter" | "fingerprintSha256">;
  /** A demo certificate: no legal value. */
  demo: boolean;
};
export type VerifyResult = { valid: false } | KnownDocument;

const INVALID = { valid: false } as const;

/**
 * Checks a verification code from a document's QR code, for the public /verify page and API.
 *
 * Unknown, malformed and forged codes, and documents whose stored content no longer matches the
 * hash their code was signed over (altered after issue), all answer the same `{ valid: false }`,
 * so the answer never tells a forger which check failed. A genuine document answers its status
 * and a few facts to compare with the paper; never an ID number or a date of birth (Nghị định
 * 13/2023: the reader's purpose is checking the paper, not learning about the person).
 */
export async function verifyDocument(code: string, deps: Deps & { signingSecret?: string } = {}): Promise<VerifyResult> {
  if (!isWellFormedCode(code)) return INVALID;
  const { db } = resolveDeps(deps);
  // Answers to agency requests live in their own table, under the same codes and checks.
  const row =
    (await db.issuedDocument.findUnique({
      where: { code },
      select: { id: true, kind: true, content: true, contentHash: true, revokedAt: true, signerName: true, signerTitle: true, signature: true, registrations: { where: { action: "REGISTER" }, select: { status: true } } },
    })) ??
    (await db.agencyAnswerDocument
      .findUnique({ where: { code }, select: { id: true, content: true, contentHash: true } })
      .then((a) => (a ? { ...a, kind: "AGENCY_ANSWER" as const, revokedAt: null, signerName: null, signerTitle: null, signature: null, registrations: [] } : null)));
  if (!row) return INVALID;

  // The hash is recomputed from the stored JSON itself, not from a parsed copy, so that any change
  // to the row (even a key a parser would drop) breaks it; the code's MAC then proves which content
  // was issued, so changing content and contentHash together does not help either.
  const hash = contentHash(row.content as DocumentContent);
  const secret = deps.signingSecret ?? env().documents.signingSecret;
  const parsed = ZDocumentContent.safeParse(row.content);
  if (hash !== row.contentHash || !checkVerificationCode(secret, code, hash) || !parsed.success || parsed.data.kind !== row.kind) {
    // A genuine code whose row fails its checks means the table was edited: worth an alarm.
    logger().error({ documentId: row.id }, "issued document fails its integrity check (content altered after issue?)");
    return INVALID;
  }
  const content = parsed.data;
  const revoked = row.revokedAt !== null;
  return {
    valid: !revoked,
    status: revoked ? "revoked" : "valid",
    kind: content.kind,
    number: content.series.label,
    issuedOn: content.issuedOn,
    issuingUnit: content.issuer.unitName,
    // An answer is addressed to an agency, whose name is no personal data: shown as written.
    holder: content.kind === "AGENCY_ANSWER" ? content.holderNames.join(" và ") : content.holderNames.map(maskName).join(" và "),
    ...(row.revokedAt ? { revokedOn: todayInVietnam(row.revokedAt) } : {}),
    signature: signatureOf(row.signature as StoredSignature | null, row.signerName, row.signerTitle),
    nationalRegistration: row.registrations[0]?.status ?? null,
  };
}

function signatureOf(stored: StoredSignature | null, signerName: string | null, signerTitle: string | null): DocumentSignature | null {
  if (!stored || !signerName || !signerTitle) return null;
  const { subject, issuer, serialNumber, notBefore, notAfter, fingerprintSha256 } = stored;
  return { signerName, signerTitle, signedAt: stored.signedAt, certificate: { subject, issuer, serialNumber, notBefore, notAfter, fingerprintSha256 }, demo: stored.demo };
}

/** What a checker learns of a file they hold: its SHA-256, and whether it is the PDF that was issued under the code. */
export type FileCheck = { sha256: string; matches: boolean | null };

/**
 * Compares a PDF a checker holds (received online, say) with the one issued under `code`: the
 * same bytes or not. `matches` is null when the code is not a genuine document, or when no file was
 * kept for it (documents issued before files were kept, and agency answers).
 */
export async function checkDocumentFile(code: string, file: Buffer, deps: Deps & { signingSecret?: string } = {}): Promise<{ result: VerifyResult; file: FileCheck }> {
  const result = await verifyDocument(code, deps);
  const sha256 = createHash("sha256").update(file).digest("hex");
  if (!result.valid && !("status" in result)) return { result, file: { sha256, matches: null } };
  const { db } = resolveDeps(deps);
  const stored = await db.issuedDocument.findUnique({ where: { code }, select: { pdfSha256: true } });
  return { result, file: { sha256, matches: stored?.pdfSha256 ? stored.pdfSha256 === sha256 : null } };
}
