-- Who opened (created) a report, so that its history names the person of every state change.
-- Reports created before this migration keep NULL: their creator was not recorded.
ALTER TABLE "reports" ADD COLUMN "createdById" TEXT;
