-- Hand-written: the access log becomes several hash chains, and the access log and the lookups are
-- partitioned by month.
--
-- 1. Chains. Every append used to lock the one head row, so every lookup of every instance waited
--    on it. Now there are 64 heads (chain 0–63); a row goes to the chain of its unit, modulo
--    ACCESS_LOG_CHAINS (lib/audit/chain.ts). The existing chain becomes chain 0 and goes on from its
--    head, unchanged: its rows hash as before, so they and the checkpoints signed over them verify.
-- 2. Month partitions (declarative, by range of "at" / "createdAt"), so that scans and retention
--    are bounded by months, however many years accumulate. The partitions are made ahead of time by
--    hotich_ensure_month_partitions, which the application role may call (it cannot create tables):
--    the migration makes them through twelve months from now, the daily background job keeps three
--    months ahead (lib/db/partitions.ts). There is no default partition: a row whose month has no
--    partition is refused, and the lookup that wrote it with it, rather than filed where retention
--    cannot find it.

-- ── 1. Chain heads ─────────────────────────────────────────────────────────────────────────────
ALTER TABLE "access_log_head" RENAME COLUMN "id" TO "chain";
ALTER TABLE "access_log_head" ALTER COLUMN "chain" DROP DEFAULT;
UPDATE "access_log_head" SET "chain" = 0 WHERE "chain" = 1;
INSERT INTO "access_log_head" ("chain", "seq", "hash") SELECT c, 0, repeat('0', 64) FROM generate_series(1, 63) AS c;
ALTER TABLE "access_log_head" ADD CONSTRAINT "access_log_head_chain_check" CHECK ("chain" BETWEEN 0 AND 63);

-- ── 2. Month partitions ────────────────────────────────────────────────────────────────────────
CREATE FUNCTION hotich_ensure_month_partitions(p_from date, p_to date) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  m date := date_trunc('month', p_from)::date;
  stop date := date_trunc('month', p_to)::date;
  t text;
  part text;
  made integer := 0;
BEGIN
  IF p_from IS NULL OR p_to IS NULL OR m < date '2000-01-01' OR stop > (m + interval '30 years')::date THEN
    RAISE EXCEPTION 'hotich_ensure_month_partitions: range % – % refused', p_from, p_to;
  END IF;
  WHILE m <= stop LOOP
    FOREACH t IN ARRAY ARRAY['access_log', 'lookups'] LOOP
      part := format('%s_%s', t, to_char(m, 'YYYY_MM'));
      IF to_regclass(format('public.%I', part)) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', part, t, m, (m + interval '1 month')::date);
        -- Reached through the parent only: the parent's grants decide (and forbid the log's UPDATE/DELETE).
        EXECUTE format('REVOKE ALL ON %I FROM hotich_app', part);
        IF t = 'access_log' THEN
          -- Row triggers are cloned from the parent; a TRUNCATE of the partition itself is not.
          EXECUTE format('CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change()', part);
        END IF;
        made := made + 1;
      END IF;
    END LOOP;
    m := (m + interval '1 month')::date;
  END LOOP;
  RETURN made;
END $$;
REVOKE ALL ON FUNCTION hotich_ensure_month_partitions(date, date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION hotich_ensure_month_partitions(date, date) TO hotich_app;

-- The tables as they were, out of the way (their indexes' names are needed again).
ALTER TABLE "access_log" RENAME TO "access_log_unpartitioned";
ALTER TABLE "access_log_unpartitioned" RENAME CONSTRAINT "access_log_pkey" TO "access_log_unpartitioned_pkey";
DROP INDEX "access_log_hash_key", "access_log_unitId_at_idx", "access_log_userId_at_idx", "access_log_at_idx";
ALTER TABLE "lookups" RENAME TO "lookups_unpartitioned";
ALTER TABLE "lookups_unpartitioned" RENAME CONSTRAINT "lookups_pkey" TO "lookups_unpartitioned_pkey";
DROP INDEX "lookups_unitId_createdAt_idx", "lookups_userId_createdAt_idx", "lookups_dossierId_idx", "lookups_createdAt_idx";

CREATE TABLE "access_log" (
    "chain" INTEGER NOT NULL DEFAULT 0,
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
    CONSTRAINT "access_log_pkey" PRIMARY KEY ("chain", "seq", "at"),
    CONSTRAINT "access_log_chain_check" CHECK ("chain" BETWEEN 0 AND 63)
) PARTITION BY RANGE ("at");

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
    "matchedParties" JSONB NOT NULL DEFAULT '{}',
    CONSTRAINT "lookups_pkey" PRIMARY KEY ("id", "createdAt")
) PARTITION BY RANGE ("createdAt");

-- Every month the existing rows need (from 2025 at the latest), through twelve months from now.
SELECT hotich_ensure_month_partitions(
  LEAST(date '2025-01-01', (SELECT min("at")::date FROM "access_log_unpartitioned"), (SELECT min("createdAt")::date FROM "lookups_unpartitioned")),
  GREATEST((now() + interval '12 months')::date, (SELECT max("at")::date FROM "access_log_unpartitioned"), (SELECT max("createdAt")::date FROM "lookups_unpartitioned"))
);

INSERT INTO "access_log" ("chain", "seq", "at", "userId", "apiClientId", "actorLabel", "unitId", "unitCode", "system", "operation", "purposeKind", "purposeRef",
                          "legalBasis", "lookupId", "query", "resultIds", "resultCount", "outcome", "errorKind", "ip", "prevHash", "hash")
  SELECT 0, "seq", "at", "userId", "apiClientId", "actorLabel", "unitId", "unitCode", "system", "operation", "purposeKind", "purposeRef",
         "legalBasis", "lookupId", "query", "resultIds", "resultCount", "outcome", "errorKind", "ip", "prevHash", "hash"
    FROM "access_log_unpartitioned";
INSERT INTO "lookups" ("id", "unitId", "userId", "apiClientId", "source", "purposeKind", "dossierId", "purposeRef", "legalBasis", "replacesPapers",
                       "queryKind", "eventTypes", "outcome", "resultCount", "resultIds", "createdAt", "matchedParties")
  SELECT "id", "unitId", "userId", "apiClientId", "source", "purposeKind", "dossierId", "purposeRef", "legalBasis", "replacesPapers",
         "queryKind", "eventTypes", "outcome", "resultCount", "resultIds", "createdAt", "matchedParties"
    FROM "lookups_unpartitioned";
DROP TABLE "access_log_unpartitioned";
DROP TABLE "lookups_unpartitioned";

-- Indexes on the parents: every partition, present and future, gets its own.
CREATE INDEX "access_log_unitId_at_idx" ON "access_log"("unitId", "at");
CREATE INDEX "access_log_userId_at_idx" ON "access_log"("userId", "at");
CREATE INDEX "access_log_at_idx" ON "access_log"("at");
CREATE INDEX "lookups_unitId_createdAt_idx" ON "lookups"("unitId", "createdAt");
CREATE INDEX "lookups_userId_createdAt_idx" ON "lookups"("userId", "createdAt");
CREATE INDEX "lookups_dossierId_idx" ON "lookups"("dossierId");
CREATE INDEX "lookups_createdAt_idx" ON "lookups"("createdAt");

ALTER TABLE "lookups" ADD CONSTRAINT "lookups_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "lookups" ADD CONSTRAINT "lookups_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "lookups" ADD CONSTRAINT "lookups_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "api_clients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "lookups" ADD CONSTRAINT "lookups_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Append-only, as before: row triggers on the parent are cloned to every partition.
CREATE TRIGGER access_log_no_update BEFORE UPDATE OR DELETE ON "access_log"
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_no_truncate BEFORE TRUNCATE ON "access_log"
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();

-- The application role's rights, as the earlier migrations gave them on the tables replaced here.
REVOKE ALL ON "access_log", "lookups" FROM hotich_app;
GRANT SELECT, INSERT ON "access_log" TO hotich_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "lookups" TO hotich_app;
-- The heads are moved (UPDATE), never added or removed, as before.
REVOKE INSERT, DELETE, TRUNCATE ON "access_log_head" FROM hotich_app;
