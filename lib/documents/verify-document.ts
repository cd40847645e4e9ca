import "server-only";
import { resolveDeps, type Deps } from "@/lib/deps";
import { todayInVietnam } from "@/lib/dates";
import { env } from "@/lib/env";
import { checkVerificationCode, isWellFormedCode } from "@/lib/documents/codes";
import { contentHash, ZDocumentContent, type DocumentContent } from "@/lib/documents/content";
import { maskName } from "@/lib/documents/mask-name";
import { logger } from "@/lib/log";

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
    (await db.issuedDocument.findUnique({ where: { code }, select: { id: true, kind: true, content: true, contentHash: true, revokedAt: true } })) ??
    (await db.agencyAnswerDocument
      .findUnique({ where: { code }, select: { id: true, content: true, contentHash: true } })
      .then((a) => (a ? { ...a, kind: "AGENCY_ANSWER" as const, revokedAt: null } : null)));
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
  };
}
