import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DocumentKind, RequestKind } from "@/lib/generated/prisma/enums";
import { seriesSymbol, type DocumentForms } from "@/lib/documents/forms";
import { getSetting } from "@/lib/settings/settings";

// The counters: document numbers, receipt numbers, and agency-request codes and answer letters
// (lib/agency-requests/numbers.ts). Identifiers come from this fixed map,
// never from input, so building them into SQL is safe.
const COUNTERS = {
  document: { table: Prisma.raw('"document_series"'), kindType: Prisma.raw('"DocumentKind"') },
  receipt: { table: Prisma.raw('"receipt_series"'), kindType: Prisma.raw('"RequestKind"') },
  agencyRequest: { table: Prisma.raw('"agency_request_series"'), kindType: Prisma.raw("text") },
} as const;

type CounterKind = { document: DocumentKind; receipt: RequestKind; agencyRequest: "REQUEST" | "ANSWER" };

/**
 * Takes the next number of a counter (unit, kind, year), inside the caller's transaction.
 *
 * The upsert creates the year's row on first use; the UPDATE … RETURNING increments it under the
 * row lock, so concurrent callers queue and each gets the next number. Because the increment
 * commits or rolls back with what it numbers, the series has no gaps.
 */
export async function takeNextNumber<C extends keyof typeof COUNTERS>(tx: Tx, counter: C, unitId: string, kind: CounterKind[C], year: number): Promise<number> {
  const { table, kindType } = COUNTERS[counter];
  await tx.$executeRaw`
    INSERT INTO ${table} ("unitId", "kind", "year", "next") VALUES (${unitId}, ${kind}::${kindType}, ${year}, 1)
    ON CONFLICT ("unitId", "kind", "year") DO NOTHING`;
  const [row] = await tx.$queryRaw<{ number: number }[]>`
    UPDATE ${table} SET "next" = "next" + 1
    WHERE "unitId" = ${unitId} AND "kind" = ${kind}::${kindType} AND "year" = ${year}
    RETURNING "next" - 1 AS "number"`;
  if (!row) throw new Error(`${counter} counter row missing after upsert`);
  return Number(row.number);
}

/**
 * The next number of a unit's document series for a year (`Số: 15/2026/TLKS-BS`), with the forms in
 * force (the `documentForms` setting, read in the same transaction): the symbol to store and print,
 * and the title and number format the content takes. COPY_OTHER numbers only documents issued
 * before each event had its own form, and is refused. The unique key (unitId, kind, year, number)
 * on issued_documents makes a duplicate impossible even if this code were bypassed.
 */
export async function allocateDocumentNumber(tx: Tx, unitId: string, kind: DocumentKind, year: number): Promise<{ number: number; symbol: string; forms: DocumentForms }> {
  if (kind === "COPY_OTHER") throw new Error("COPY_OTHER is kept for documents already issued; new copies use their event's own series");
  const forms = await getSetting(tx, "documentForms");
  return { number: await takeNextNumber(tx, "document", unitId, kind, year), symbol: seriesSymbol(forms, kind), forms };
}
