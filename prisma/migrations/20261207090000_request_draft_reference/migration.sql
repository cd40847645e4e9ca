-- AlterTable: the intake's draft reference (its lookups' purpose before the request exists) and who delivered.
ALTER TABLE "civil_requests" ADD COLUMN     "draftReference" TEXT,
ADD COLUMN     "deliveredById" TEXT;

-- Requests taken before this migration were searched under their receipt number itself.
UPDATE "civil_requests" SET "draftReference" = "receiptNumber" WHERE "draftReference" IS NULL;

-- CreateIndex
CREATE UNIQUE INDEX "civil_requests_unitId_draftReference_key" ON "civil_requests"("unitId", "draftReference");
