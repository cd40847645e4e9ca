-- CreateEnum
CREATE TYPE "PurposeKind" AS ENUM ('DOSSIER', 'COPY_REQUEST', 'CONFIRMATION_REQUEST', 'AGENCY_REQUEST', 'OTHER');

-- CreateEnum
CREATE TYPE "LookupSource" AS ENUM ('PORTAL', 'API');

-- CreateEnum
CREATE TYPE "LookupOutcome" AS ENUM ('FOUND', 'NOT_FOUND', 'REFUSED', 'UPSTREAM_FAILURE');

-- CreateEnum
CREATE TYPE "GrantStatus" AS ENUM ('REQUESTED', 'GRANTED', 'REFUSED', 'REVOKED');

-- CreateTable
CREATE TABLE "papers" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "papers_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "procedures" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sector" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "procedures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "procedure_papers" (
    "procedureId" TEXT NOT NULL,
    "paperCode" TEXT NOT NULL,

    CONSTRAINT "procedure_papers_pkey" PRIMARY KEY ("procedureId","paperCode")
);

-- CreateTable
CREATE TABLE "dossiers" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "procedureId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dossiers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lookups" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "userId" TEXT,
    "apiClientId" TEXT,
    "source" "LookupSource" NOT NULL,
    "purposeKind" "PurposeKind" NOT NULL,
    "dossierId" TEXT,
    "purposeRef" TEXT,
    "legalBasis" TEXT,
    "replacesPapers" TEXT[],
    "queryKind" TEXT NOT NULL,
    "eventTypes" TEXT[],
    "outcome" "LookupOutcome" NOT NULL,
    "resultCount" INTEGER NOT NULL,
    "resultIds" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lookups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "population_grants" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "GrantStatus" NOT NULL,
    "decisionNumber" TEXT,
    "decidedOn" DATE,
    "validUntil" DATE,
    "requestedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "population_grants_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_clients" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "scopeUnitId" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "keyPrefix" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "api_clients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_log" (
    "seq" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "apiClientId" TEXT,
    "actorLabel" TEXT NOT NULL,
    "unitId" TEXT,
    "unitCode" TEXT,
    "system" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "purposeKind" TEXT,
    "purposeRef" TEXT,
    "legalBasis" TEXT,
    "lookupId" TEXT,
    "query" JSONB NOT NULL,
    "resultIds" TEXT[],
    "resultCount" INTEGER NOT NULL,
    "outcome" TEXT NOT NULL,
    "errorKind" TEXT,
    "ip" TEXT,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "access_log_pkey" PRIMARY KEY ("seq")
);

-- CreateTable
CREATE TABLE "access_log_head" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "seq" BIGINT NOT NULL,
    "hash" TEXT NOT NULL,

    CONSTRAINT "access_log_head_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedBy" TEXT,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "procedures_code_key" ON "procedures"("code");

-- CreateIndex
CREATE INDEX "dossiers_unitId_createdAt_idx" ON "dossiers"("unitId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "dossiers_unitId_code_key" ON "dossiers"("unitId", "code");

-- CreateIndex
CREATE INDEX "lookups_unitId_createdAt_idx" ON "lookups"("unitId", "createdAt");

-- CreateIndex
CREATE INDEX "lookups_userId_createdAt_idx" ON "lookups"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "lookups_dossierId_idx" ON "lookups"("dossierId");

-- CreateIndex
CREATE INDEX "population_grants_userId_status_idx" ON "population_grants"("userId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "api_clients_keyHash_key" ON "api_clients"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "access_log_hash_key" ON "access_log"("hash");

-- CreateIndex
CREATE INDEX "access_log_unitId_at_idx" ON "access_log"("unitId", "at");

-- CreateIndex
CREATE INDEX "access_log_userId_at_idx" ON "access_log"("userId", "at");

-- CreateIndex
CREATE INDEX "access_log_at_idx" ON "access_log"("at");

-- AddForeignKey
ALTER TABLE "procedure_papers" ADD CONSTRAINT "procedure_papers_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "procedures"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "procedure_papers" ADD CONSTRAINT "procedure_papers_paperCode_fkey" FOREIGN KEY ("paperCode") REFERENCES "papers"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_procedureId_fkey" FOREIGN KEY ("procedureId") REFERENCES "procedures"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lookups" ADD CONSTRAINT "lookups_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lookups" ADD CONSTRAINT "lookups_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lookups" ADD CONSTRAINT "lookups_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lookups" ADD CONSTRAINT "lookups_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population_grants" ADD CONSTRAINT "population_grants_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population_grants" ADD CONSTRAINT "population_grants_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "population_grants" ADD CONSTRAINT "population_grants_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_clients" ADD CONSTRAINT "api_clients_scopeUnitId_fkey" FOREIGN KEY ("scopeUnitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Extensions for accent-insensitive and fuzzy search (unaccent, pg_trgm), from postgresql-contrib.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The access log is append-only: the database itself refuses to change or remove its rows, so that
-- neither a bug nor a person with the application's credentials can rewrite who looked at what.
CREATE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON "access_log"
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();

-- The chain starts from a fixed genesis hash.
INSERT INTO "access_log_head" ("id", "seq", "hash") VALUES (1, 0, repeat('0', 64));
