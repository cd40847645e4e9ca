import type { Tx } from "@/lib/db/client";
import type { DocumentKind } from "@/lib/generated/prisma/enums";

/** Number symbols of the series (DOMAIN.md "Copies of extracts"; confirmations their own series). */
export const SERIES_SYMBOL: Record<DocumentKind, string> = {
  COPY_BIRTH: "TLKS-BS",
  COPY_MARRIAGE: "TLKH-BS",
  COPY_DEATH: "TLKT-BS",
  COPY_OTHER: "TLHT-BS",
  CONFIRMATION: "XNHT",
};

/**
 * Takes the next number of a unit's series for a year, inside the caller's transaction.
 *
 * The upsert creates the year's row on first use; the UPDATE … RETURNING increments it under the
 * row lock, so concurrent signers queue and each gets the next number. Because the increment
 * commits or rolls back with the document it numbers, the series has no gaps; the unique key
 * (unitId, kind, year, number) on issued_documents makes a duplicate impossible even if this code
 * were bypassed.
 */
export async function allocateDocumentNumber(tx: Tx, unitId: string, kind: DocumentKind, year: number): Promise<{ number: number; symbol: string }> {
  await tx.$executeRaw`
    INSERT INTO "document_series" ("unitId", "kind", "year", "next") VALUES (${unitId}, ${kind}::"DocumentKind", ${year}, 1)
    ON CONFLICT ("unitId", "kind", "year") DO NOTHING`;
  const [row] = await tx.$queryRaw<{ number: number }[]>`
    UPDATE "document_series" SET "next" = "next" + 1
    WHERE "unitId" = ${unitId} AND "kind" = ${kind}::"DocumentKind" AND "year" = ${year}
    RETURNING "next" - 1 AS "number"`;
  if (!row) throw new Error("document series row missing after upsert");
  return { number: Number(row.number), symbol: SERIES_SYMBOL[kind] };
}
