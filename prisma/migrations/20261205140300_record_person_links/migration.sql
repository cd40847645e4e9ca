-- CreateTable
CREATE TABLE "record_person_links" (
    "id" TEXT NOT NULL,
    "recordId" TEXT NOT NULL,
    "partyKey" TEXT NOT NULL,
    "personalId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "reasons" JSONB NOT NULL,
    "userId" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "lookupId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "record_person_links_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "record_person_links_decision_check" CHECK ("decision" IN ('SAME', 'NOT_SAME'))
);

-- CreateIndex
CREATE INDEX "record_person_links_recordId_partyKey_createdAt_idx" ON "record_person_links"("recordId", "partyKey", "createdAt");
