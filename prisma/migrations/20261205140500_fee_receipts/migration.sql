-- Fees (Thông tư 281/2016/TT-BTC): a request keeps the legal basis of its exemption, the fee receipt
-- (biên lai thu phí) number recorded when its document is issued, unique per unit as receipt books
-- are, and who issued it.
ALTER TABLE "civil_requests" ADD COLUMN "feeExemptBasis" TEXT;
ALTER TABLE "civil_requests" ADD COLUMN "feeReceiptNumber" TEXT;
ALTER TABLE "civil_requests" ADD COLUMN "issuedById" TEXT;
CREATE UNIQUE INDEX "civil_requests_unitId_feeReceiptNumber_key" ON "civil_requests"("unitId", "feeReceiptNumber");

-- Exemptions were plain case names; now each needs its legal basis. A stored case without one is
-- dropped rather than kept with an invented basis (the administrator re-enters it with its basis);
-- the setting's version history still shows what was there.
UPDATE "settings"
SET "value" = jsonb_set("value", '{exemptions}', '[]'::jsonb)
WHERE "key" = 'fees' AND jsonb_typeof("value"->'exemptions') = 'array'
  AND EXISTS (SELECT 1 FROM jsonb_array_elements("value"->'exemptions') e WHERE jsonb_typeof(e) = 'string');
