-- CreateTable
CREATE TABLE "sign_in_challenges" (
    "id" TEXT NOT NULL,
    "nonceHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL,
    "secretEnc" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_challenges_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "sign_in_challenges_nonceHash_key" ON "sign_in_challenges"("nonceHash");

-- CreateIndex
CREATE INDEX "sign_in_challenges_userId_idx" ON "sign_in_challenges"("userId");

-- CreateIndex
CREATE INDEX "sign_in_challenges_expiresAt_idx" ON "sign_in_challenges"("expiresAt");
