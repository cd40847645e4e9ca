-- CreateEnum
CREATE TYPE "VerificationStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REJECTED');

-- CreateTable
CREATE TABLE "record_verifications" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "recordType" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "askingUnitId" TEXT NOT NULL,
    "askedById" TEXT NOT NULL,
    "askedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "holdingUnitId" TEXT NOT NULL,
    "quality" TEXT NOT NULL,
    "duplicateOf" TEXT,
    "note" TEXT,
    "status" "VerificationStatus" NOT NULL DEFAULT 'PENDING',
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "record_verifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "record_verifications_holdingUnitId_status_askedAt_idx" ON "record_verifications"("holdingUnitId", "status", "askedAt");

-- CreateIndex
CREATE INDEX "record_verifications_askingUnitId_askedAt_idx" ON "record_verifications"("askingUnitId", "askedAt");

-- CreateIndex
CREATE INDEX "record_verifications_recordId_status_idx" ON "record_verifications"("recordId", "status");

-- CreateIndex
CREATE INDEX "record_verifications_requestId_idx" ON "record_verifications"("requestId");

-- AddForeignKey
ALTER TABLE "record_verifications" ADD CONSTRAINT "record_verifications_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "civil_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_verifications" ADD CONSTRAINT "record_verifications_askingUnitId_fkey" FOREIGN KEY ("askingUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "record_verifications" ADD CONSTRAINT "record_verifications_holdingUnitId_fkey" FOREIGN KEY ("holdingUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- At most one open question per record and asking unit: a second "send" while one is pending is the
-- same question (the use case returns the pending one), and two sends at once cannot both insert.
-- Not expressible in schema.prisma without a preview feature, so it lives here only.
CREATE UNIQUE INDEX "record_verifications_one_pending" ON "record_verifications"("recordId", "askingUnitId") WHERE "status" = 'PENDING';

-- An answer is whole: a decided verification names who answered and when; a refusal says why.
ALTER TABLE "record_verifications" ADD CONSTRAINT "record_verifications_answered" CHECK (("status" = 'PENDING') = ("answeredAt" IS NULL) AND ("status" = 'PENDING') = ("answeredById" IS NULL));
ALTER TABLE "record_verifications" ADD CONSTRAINT "record_verifications_rejection_reason" CHECK ("status" <> 'REJECTED' OR length(btrim(coalesce("answer", ''))) > 0);
