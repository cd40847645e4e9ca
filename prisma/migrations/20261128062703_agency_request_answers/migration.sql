-- CreateTable
CREATE TABLE "agency_request_series" (
    "unitId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "next" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "agency_request_series_pkey" PRIMARY KEY ("unitId","kind","year")
);

-- CreateTable
CREATE TABLE "agency_answer_documents" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "symbol" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "content" JSONB NOT NULL,
    "data" JSONB NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTitle" TEXT NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agency_answer_documents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "agency_answer_documents_requestId_key" ON "agency_answer_documents"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "agency_answer_documents_code_key" ON "agency_answer_documents"("code");

-- CreateIndex
CREATE UNIQUE INDEX "agency_answer_documents_unitId_year_number_key" ON "agency_answer_documents"("unitId", "year", "number");

-- AddForeignKey
ALTER TABLE "agency_answer_documents" ADD CONSTRAINT "agency_answer_documents_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "agency_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
