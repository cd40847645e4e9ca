-- CreateEnum
CREATE TYPE "ApiCallbackState" AS ENUM ('PENDING', 'DELIVERED', 'FAILED');

-- AlterTable
ALTER TABLE "api_clients" ADD COLUMN     "callbackSecret" TEXT,
ADD COLUMN     "callbackUrl" TEXT;

-- AlterTable
ALTER TABLE "civil_requests" ADD COLUMN     "apiClientId" TEXT,
ADD COLUMN     "dossierCode" TEXT,
ALTER COLUMN "receivedById" DROP NOT NULL;

-- CreateTable
CREATE TABLE "api_callbacks" (
    "id" TEXT NOT NULL,
    "apiClientId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "state" "ApiCallbackState" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deliveredAt" TIMESTAMP(3),

    CONSTRAINT "api_callbacks_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "api_callbacks_state_nextAttemptAt_idx" ON "api_callbacks"("state", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "api_callbacks_requestId_idx" ON "api_callbacks"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "civil_requests_apiClientId_dossierCode_key" ON "civil_requests"("apiClientId", "dossierCode");

-- AddForeignKey
ALTER TABLE "civil_requests" ADD CONSTRAINT "civil_requests_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_callbacks" ADD CONSTRAINT "api_callbacks_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_callbacks" ADD CONSTRAINT "api_callbacks_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "civil_requests"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
