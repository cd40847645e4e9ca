import type { Db } from "@/lib/db/client";
import { queryRows } from "@/lib/db/raw-query";
import { Prisma, type AccessLog } from "@/lib/generated/prisma/client";
import { ACCESS_LOG_COLUMN_NAMES } from "@/lib/audit/access-log-row";

const SELECTED = Prisma.raw([...ACCESS_LOG_COLUMN_NAMES, "hash"].map((c) => `"${c}"`).join(", "));
const LAST_SEQ = 9_223_372_036_854_775_807n;

/**
 * Up to `limit` rows of a chain from seq `from` (to seq `to` when given), in order, as Prisma's
 * findMany gives them. The checkpoint signer and the verifier both read every row this way: through
 * queryRows, which costs a fraction of Prisma's per-row mapping (the signer runs on the thread that
 * serves requests; the verifier walks the whole log).
 */
export async function chainRows(db: Db, chain: number, from: bigint, to: bigint | null, limit: number): Promise<AccessLog[]> {
  const rows = await queryRows<Omit<AccessLog, "seq"> & { seq: string | bigint }>(db, Prisma.sql`
    SELECT ${SELECTED} FROM "access_log"
     WHERE "chain" = ${chain}::int AND "seq" BETWEEN ${from}::bigint AND ${to ?? LAST_SEQ}::bigint
     ORDER BY "seq" LIMIT ${limit}::int`);
  return rows.map((row) => ({ ...row, seq: BigInt(row.seq) }));
}
