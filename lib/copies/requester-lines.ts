import type { RequestKind, RequesterRelation } from "@/lib/generated/prisma/enums";
import { formatPartialDate } from "@/lib/text/dates";
import { messages } from "@/lib/text/messages";
import { procedureOf } from "@/lib/copies/procedures";
import { isRelative } from "@/lib/copies/requester-rules";
import { requesterTexts as t } from "@/lib/copies/requester-texts";

/** The columns of a stored request these lines read. */
export type RequesterColumns = {
  kind: RequestKind; relation: RequesterRelation; procedureCode: string | null; authorisationRef: string | null; requesterDateOfBirth: string | null;
  relationshipProof: string | null; authorisationCertifiedBy: string | null; authorisationCertificationNumber: string | null; authorisationCertifiedOn: string | null;
  selfCheck: string | null; confirmationContent: string | null;
};

/**
 * What the requester brought and how they were checked, as the request page and the receipt print
 * it (Luật Hộ tịch Art. 63–64), with the procedure the request was taken under. Empty values are left out.
 */
export function requesterLines(r: RequesterColumns): { label: string; value: string }[] {
  const p = procedureOf(r.kind, r.procedureCode);
  const lines: { label: string; value: string | null }[] = [
    { label: t.labels.procedure, value: `${p.code} — ${p.name}` },
    { label: "Quan hệ với người được cấp", value: messages.copies.relations[r.relation] },
    { label: t.labels.requesterDateOfBirth, value: r.requesterDateOfBirth ? formatPartialDate(r.requesterDateOfBirth) : null },
    { label: t.labels.selfCheck, value: r.relation === "SELF" && (r.selfCheck === "RECORD" || r.selfCheck === "RECORD_AND_POPULATION") ? t.selfCheck[r.selfCheck] : null },
    { label: isRelative(r.relation) ? "Văn bản ủy quyền (không bắt buộc chứng thực)" : t.labels.authorisationRef, value: r.authorisationRef },
    { label: t.labels.relationshipProof, value: r.relationshipProof },
    {
      label: t.labels.authorisationCertification,
      value: r.authorisationCertifiedBy && r.authorisationCertificationNumber && r.authorisationCertifiedOn ? t.certificationLine(r.authorisationCertifiedBy, r.authorisationCertificationNumber, r.authorisationCertifiedOn) : null,
    },
    { label: t.labels.confirmationContent, value: r.confirmationContent },
  ];
  return lines.filter((l): l is { label: string; value: string } => !!l.value);
}
