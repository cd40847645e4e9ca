-- AlterTable
ALTER TABLE "lookups" ADD COLUMN     "matchedParties" JSONB NOT NULL DEFAULT '{}';
