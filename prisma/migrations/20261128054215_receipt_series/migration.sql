-- CreateTable
CREATE TABLE "receipt_series" (
    "unitId" TEXT NOT NULL,
    "kind" "RequestKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "next" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "receipt_series_pkey" PRIMARY KEY ("unitId","kind","year")
);
