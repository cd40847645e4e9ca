-- CreateTable
CREATE TABLE "access_log_checkpoints" (
    "n" BIGINT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "heads" JSONB NOT NULL,
    "prevSignature" TEXT,
    "keyId" TEXT NOT NULL,
    "demo" BOOLEAN NOT NULL DEFAULT false,
    "signature" TEXT NOT NULL,

    CONSTRAINT "access_log_checkpoints_pkey" PRIMARY KEY ("n")
);

-- CreateIndex
CREATE UNIQUE INDEX "access_log_checkpoints_signature_key" ON "access_log_checkpoints"("signature");

-- Hand-written below: append-only checkpoints, and the application's own database role.

-- Name the table in the refusal, now that two tables use it.
CREATE OR REPLACE FUNCTION access_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_checkpoints_no_update BEFORE UPDATE OR DELETE ON "access_log_checkpoints"
  FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();
CREATE TRIGGER access_log_checkpoints_no_truncate BEFORE TRUNCATE ON "access_log_checkpoints"
  FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();

-- The application's role (README, "Production"): migrations run as the owner of the tables; the
-- portal logs in as a member of hotich_app, which is not the owner, so it can neither ALTER a table
-- nor disable its triggers, and holds no UPDATE, DELETE or TRUNCATE on the log and its checkpoints.
-- A DBA may create the role beforehand when the owner lacks CREATEROLE. Roles are cluster-wide, so
-- two databases migrated at once may race to create it: the loser carries on.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotich_app') THEN
    BEGIN
      CREATE ROLE hotich_app NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END;
  END IF;
END $$;

GRANT USAGE ON SCHEMA public TO hotich_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hotich_app;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO hotich_app;
-- Tables later migrations create (as the same owner) get the same everyday rights; a migration that
-- adds another append-only table revokes them there, as below.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hotich_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO hotich_app;

REVOKE UPDATE, DELETE, TRUNCATE ON "access_log", "access_log_checkpoints" FROM hotich_app;
-- The head moves with every append (UPDATE), but its one row is never added or removed.
REVOKE INSERT, DELETE, TRUNCATE ON "access_log_head" FROM hotich_app;
REVOKE ALL ON "_prisma_migrations" FROM hotich_app;
GRANT SELECT ON "_prisma_migrations" TO hotich_app;
