-- The outbox of registrations of issued copies with the national civil-registry system.
CREATE TYPE "RegistrationAction" AS ENUM ('REGISTER', 'REVOKE');
CREATE TYPE "RegistrationStatus" AS ENUM ('PENDING', 'DELIVERED', 'REFUSED');

CREATE TABLE "national_registrations" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "action" "RegistrationAction" NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "registrationId" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "national_registrations_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "national_registrations_idempotencyKey_key" ON "national_registrations"("idempotencyKey");
CREATE UNIQUE INDEX "national_registrations_documentId_action_key" ON "national_registrations"("documentId", "action");
CREATE INDEX "national_registrations_status_nextAttemptAt_idx" ON "national_registrations"("status", "nextAttemptAt");
ALTER TABLE "national_registrations" ADD CONSTRAINT "national_registrations_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "issued_documents"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
