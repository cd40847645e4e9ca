-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('MONTHLY', 'HALF_YEARLY', 'YEARLY', 'AD_HOC');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "ad_hoc_report_requests" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "unitIds" TEXT[],
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ad_hoc_report_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reports" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "period" TEXT NOT NULL,
    "periodFrom" DATE NOT NULL,
    "periodTo" DATE NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "adHocRequestId" TEXT,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "difficulties" TEXT NOT NULL DEFAULT '',
    "proposals" TEXT NOT NULL DEFAULT '',
    "preparedById" TEXT,
    "preparedAt" TIMESTAMP(3),
    "firstSubmittedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "currentVersion" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_versions" (
    "id" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "figures" JSONB NOT NULL,
    "compiledAt" TIMESTAMP(3) NOT NULL,
    "difficulties" TEXT NOT NULL,
    "proposals" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT NOT NULL,
    "submittedBy" TEXT NOT NULL,
    "submittedByTitle" TEXT,
    "outcome" "ReportStatus" NOT NULL DEFAULT 'SUBMITTED',
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewedBy" TEXT,
    "reviewComment" TEXT,

    CONSTRAINT "report_versions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_daily_stats" (
    "unitId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "lookupsPortalFound" INTEGER NOT NULL DEFAULT 0,
    "lookupsPortalNotFound" INTEGER NOT NULL DEFAULT 0,
    "lookupsPortalRefused" INTEGER NOT NULL DEFAULT 0,
    "lookupsPortalFailed" INTEGER NOT NULL DEFAULT 0,
    "lookupsApiFound" INTEGER NOT NULL DEFAULT 0,
    "lookupsApiNotFound" INTEGER NOT NULL DEFAULT 0,
    "lookupsApiRefused" INTEGER NOT NULL DEFAULT 0,
    "lookupsApiFailed" INTEGER NOT NULL DEFAULT 0,
    "accessCivilRegistry" INTEGER NOT NULL DEFAULT 0,
    "accessPopulation" INTEGER NOT NULL DEFAULT 0,
    "dossiers" INTEGER NOT NULL DEFAULT 0,
    "papersCut" INTEGER NOT NULL DEFAULT 0,
    "copiesReceived" INTEGER NOT NULL DEFAULT 0,
    "copiesReceivedElsewhere" INTEGER NOT NULL DEFAULT 0,
    "copiesIssued" INTEGER NOT NULL DEFAULT 0,
    "copiesIssuedOnTime" INTEGER NOT NULL DEFAULT 0,
    "copiesIssuedElsewhere" INTEGER NOT NULL DEFAULT 0,
    "copiesRefused" INTEGER NOT NULL DEFAULT 0,
    "confirmationsReceived" INTEGER NOT NULL DEFAULT 0,
    "confirmationsIssued" INTEGER NOT NULL DEFAULT 0,
    "confirmationsIssuedOnTime" INTEGER NOT NULL DEFAULT 0,
    "feesCollected" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "report_daily_stats_pkey" PRIMARY KEY ("unitId","day")
);

-- CreateTable
CREATE TABLE "report_daily_probes" (
    "day" DATE NOT NULL,
    "system" TEXT NOT NULL,
    "probes" INTEGER NOT NULL,
    "okProbes" INTEGER NOT NULL,

    CONSTRAINT "report_daily_probes_pkey" PRIMARY KEY ("day","system")
);

-- CreateTable
CREATE TABLE "report_rollup_state" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "rolledThrough" DATE NOT NULL,

    CONSTRAINT "report_rollup_state_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ad_hoc_report_requests_dueAt_idx" ON "ad_hoc_report_requests"("dueAt");

-- CreateIndex
CREATE INDEX "reports_kind_period_idx" ON "reports"("kind", "period");

-- CreateIndex
CREATE INDEX "reports_unitId_dueAt_idx" ON "reports"("unitId", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "reports_unitId_kind_period_key" ON "reports"("unitId", "kind", "period");

-- CreateIndex
CREATE UNIQUE INDEX "report_versions_reportId_number_key" ON "report_versions"("reportId", "number");

-- CreateIndex
CREATE INDEX "report_daily_stats_day_idx" ON "report_daily_stats"("day");

-- CreateIndex
CREATE INDEX "civil_requests_receivedAt_idx" ON "civil_requests"("receivedAt");

-- CreateIndex
CREATE INDEX "civil_requests_issuedAt_idx" ON "civil_requests"("issuedAt");

-- CreateIndex
CREATE INDEX "civil_requests_refusedAt_idx" ON "civil_requests"("refusedAt");

-- CreateIndex
CREATE INDEX "dossiers_createdAt_idx" ON "dossiers"("createdAt");

-- CreateIndex
CREATE INDEX "lookups_createdAt_idx" ON "lookups"("createdAt");

-- AddForeignKey
ALTER TABLE "report_versions" ADD CONSTRAINT "report_versions_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "reports"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A submitted version is frozen: its figures, texts and submission never change and it is never
-- deleted; only Sở Tư pháp's review (outcome, reviewer, comment) may be written, once.
CREATE FUNCTION "report_versions_frozen"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'report_versions rows cannot be deleted';
  END IF;
  IF NEW."figures" IS DISTINCT FROM OLD."figures" OR NEW."compiledAt" IS DISTINCT FROM OLD."compiledAt"
     OR NEW."difficulties" IS DISTINCT FROM OLD."difficulties" OR NEW."proposals" IS DISTINCT FROM OLD."proposals"
     OR NEW."submittedAt" IS DISTINCT FROM OLD."submittedAt" OR NEW."number" IS DISTINCT FROM OLD."number"
     OR NEW."reportId" IS DISTINCT FROM OLD."reportId" OR NEW."submittedById" IS DISTINCT FROM OLD."submittedById"
     OR NEW."submittedBy" IS DISTINCT FROM OLD."submittedBy" OR NEW."submittedByTitle" IS DISTINCT FROM OLD."submittedByTitle" THEN
    RAISE EXCEPTION 'a submitted report version is frozen';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "report_versions_frozen" BEFORE UPDATE OR DELETE ON "report_versions"
  FOR EACH ROW EXECUTE FUNCTION "report_versions_frozen"();
