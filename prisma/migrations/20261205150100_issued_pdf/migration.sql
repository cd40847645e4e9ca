-- The issued PDF itself, digitally signed when the unit has a certificate, its hash (what /verify
-- compares an uploaded file with) and the signature's certificate facts. Documents issued before
-- keep NULL: they are rendered from their content as before.
ALTER TABLE "issued_documents" ADD COLUMN "pdf" BYTEA;
ALTER TABLE "issued_documents" ADD COLUMN "pdfSha256" TEXT;
ALTER TABLE "issued_documents" ADD COLUMN "signature" JSONB;
CREATE INDEX "issued_documents_pdfSha256_idx" ON "issued_documents"("pdfSha256");
