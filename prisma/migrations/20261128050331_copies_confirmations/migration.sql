-- CreateEnum
CREATE TYPE "RequestKind" AS ENUM ('COPY', 'CONFIRMATION');

-- CreateEnum
CREATE TYPE "RequestChannel" AS ENUM ('COUNTER', 'ONLINE', 'POST');

-- CreateEnum
CREATE TYPE "RequestStatus" AS ENUM ('RECEIVED', 'PREPARED', 'SIGNED', 'ISSUED', 'DELIVERED', 'REFUSED');

-- CreateEnum
CREATE TYPE "RequesterRelation" AS ENUM ('SELF', 'PARENT', 'SPOUSE', 'CHILD', 'SIBLING', 'GRANDPARENT', 'AUTHORISED');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('COPY_BIRTH', 'COPY_MARRIAGE', 'COPY_DEATH', 'COPY_OTHER', 'CONFIRMATION');

-- CreateTable
CREATE TABLE "civil_requests" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "RequestKind" NOT NULL,
    "channel" "RequestChannel" NOT NULL,
    "status" "RequestStatus" NOT NULL DEFAULT 'RECEIVED',
    "receiptNumber" TEXT NOT NULL,
    "requesterName" TEXT NOT NULL,
    "requesterIdNumber" TEXT NOT NULL,
    "requesterPhone" TEXT,
    "requesterAddress" TEXT,
    "relation" "RequesterRelation" NOT NULL,
    "authorisationRef" TEXT,
    "lookupId" TEXT,
    "records" JSONB NOT NULL,
    "subjectName" TEXT NOT NULL,
    "registeredElsewhere" BOOLEAN NOT NULL DEFAULT false,
    "purposeText" TEXT,
    "copies" INTEGER NOT NULL DEFAULT 1,
    "feePerCopy" INTEGER NOT NULL,
    "feeTotal" INTEGER NOT NULL,
    "feeExemptReason" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "receivedById" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "preparedAt" TIMESTAMP(3),
    "preparedById" TEXT,
    "signedAt" TIMESTAMP(3),
    "signedById" TEXT,
    "issuedAt" TIMESTAMP(3),
    "deliveredAt" TIMESTAMP(3),
    "refusedAt" TIMESTAMP(3),
    "refusedById" TEXT,
    "refusalReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "civil_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_series" (
    "unitId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "next" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "document_series_pkey" PRIMARY KEY ("unitId","kind","year")
);

-- CreateTable
CREATE TABLE "issued_documents" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revokeReason" TEXT,

    CONSTRAINT "issued_documents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit_buckets" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "civil_requests_unitId_status_dueAt_idx" ON "civil_requests"("unitId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "civil_requests_unitId_receivedAt_idx" ON "civil_requests"("unitId", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "civil_requests_unitId_receiptNumber_key" ON "civil_requests"("unitId", "receiptNumber");

-- CreateIndex
CREATE UNIQUE INDEX "issued_documents_code_key" ON "issued_documents"("code");

-- CreateIndex
CREATE INDEX "issued_documents_unitId_issuedAt_idx" ON "issued_documents"("unitId", "issuedAt");

-- CreateIndex
CREATE UNIQUE INDEX "issued_documents_unitId_kind_year_number_key" ON "issued_documents"("unitId", "kind", "year", "number");

-- AddForeignKey
ALTER TABLE "civil_requests" ADD CONSTRAINT "civil_requests_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issued_documents" ADD CONSTRAINT "issued_documents_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "civil_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
