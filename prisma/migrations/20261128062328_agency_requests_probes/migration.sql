-- CreateEnum
CREATE TYPE "AgencyRequestStatus" AS ENUM ('SUBMITTED', 'RETURNED', 'REFUSED', 'ACCEPTED', 'ANSWERED');

-- CreateEnum
CREATE TYPE "AgencyPersonOutcome" AS ENUM ('PENDING', 'FOUND', 'NOT_FOUND', 'AMBIGUOUS');

-- CreateTable
CREATE TABLE "agency_requests" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "agencyId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" "AgencyRequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "letterNumber" TEXT NOT NULL,
    "letterDate" DATE NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT,
    "reason" TEXT NOT NULL,
    "legalBasis" TEXT NOT NULL,
    "recordKinds" TEXT[],
    "requestedDueOn" DATE,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "handlingUnitId" TEXT,
    "triagedAt" TIMESTAMP(3),
    "triagedById" TEXT,
    "triageNote" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "agency_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agency_request_people" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "personalId" TEXT,
    "fullName" TEXT,
    "dateOfBirth" TEXT,
    "note" TEXT,
    "outcome" "AgencyPersonOutcome" NOT NULL DEFAULT 'PENDING',
    "records" JSONB,
    "lookupId" TEXT,
    "checkedAt" TIMESTAMP(3),
    "checkedById" TEXT,

    CONSTRAINT "agency_request_people_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "system_probes" (
    "id" BIGSERIAL NOT NULL,
    "system" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ok" BOOLEAN NOT NULL,
    "latencyMs" INTEGER NOT NULL,
    "errorKind" TEXT,
    "breakerState" TEXT NOT NULL,

    CONSTRAINT "system_probes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agency_requests_code_key" ON "agency_requests"("code");

-- CreateIndex
CREATE INDEX "agency_requests_agencyId_receivedAt_idx" ON "agency_requests"("agencyId", "receivedAt");

-- CreateIndex
CREATE INDEX "agency_requests_handlingUnitId_status_dueAt_idx" ON "agency_requests"("handlingUnitId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "agency_requests_status_dueAt_idx" ON "agency_requests"("status", "dueAt");

-- CreateIndex
CREATE INDEX "agency_requests_receivedAt_idx" ON "agency_requests"("receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "agency_request_people_requestId_position_key" ON "agency_request_people"("requestId", "position");

-- CreateIndex
CREATE INDEX "system_probes_system_at_idx" ON "system_probes"("system", "at");

-- CreateIndex
CREATE INDEX "system_probes_at_idx" ON "system_probes"("at");

-- AddForeignKey
ALTER TABLE "agency_requests" ADD CONSTRAINT "agency_requests_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "agencies"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_requests" ADD CONSTRAINT "agency_requests_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_requests" ADD CONSTRAINT "agency_requests_handlingUnitId_fkey" FOREIGN KEY ("handlingUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agency_request_people" ADD CONSTRAINT "agency_request_people_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "agency_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;
