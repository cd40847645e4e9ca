-- One series per event's extract form (Thông tư 04/2020/TT-BTP): parentage, guardianship,
-- change/correction, divorce/annulment note and adoption get their own kinds. COPY_OTHER stays for
-- the documents already issued in it. (ADD VALUE inside a transaction needs PostgreSQL 12 or later;
-- a new value cannot be used in the same transaction, and this migration does not use it.)
ALTER TYPE "DocumentKind" ADD VALUE 'COPY_PARENTAGE' AFTER 'COPY_DEATH';
ALTER TYPE "DocumentKind" ADD VALUE 'COPY_GUARDIANSHIP' AFTER 'COPY_PARENTAGE';
ALTER TYPE "DocumentKind" ADD VALUE 'COPY_CHANGE_CORRECTION' AFTER 'COPY_GUARDIANSHIP';
ALTER TYPE "DocumentKind" ADD VALUE 'COPY_DIVORCE' AFTER 'COPY_CHANGE_CORRECTION';
ALTER TYPE "DocumentKind" ADD VALUE 'COPY_ADOPTION' AFTER 'COPY_DIVORCE';

-- The number as printed, in the format in force at signing ("470/2025/TLKT-BS").
ALTER TABLE "issued_documents" ADD COLUMN "label" TEXT;
