-- Who may ask (Luật Hộ tịch Art. 63–64) and the confirmation as its own procedure (2.002516).
-- AlterTable
ALTER TABLE "civil_requests" ADD COLUMN     "requesterDateOfBirth" TEXT,
ADD COLUMN     "relationshipProof" TEXT,
ADD COLUMN     "authorisationCertifiedBy" TEXT,
ADD COLUMN     "authorisationCertificationNumber" TEXT,
ADD COLUMN     "authorisationCertifiedOn" TEXT,
ADD COLUMN     "selfCheck" TEXT,
ADD COLUMN     "procedureCode" TEXT,
ADD COLUMN     "confirmationContent" TEXT;

-- Requests taken before: the procedure follows from the kind.
UPDATE "civil_requests" SET "procedureCode" = CASE WHEN "kind" = 'CONFIRMATION' THEN '2.002516' ELSE '2.000635' END;
