import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACCESS_LOG_COLUMNS, ACCESS_LOG_COLUMN_NAMES, rowOfEntry, type AccessLogColumn, type AccessLogEntry, type UnlinkedRow } from "@/lib/audit/access-log-row";
import { chainFor, hashedMaterial, hashRow } from "@/lib/audit/chain";
import { env } from "@/lib/server/env";

export type { AccessLogEntry, AccessOperation, AccessOutcome, AccessSystem } from "@/lib/audit/access-log-row";

/**
 * The material hashRow hashes (canonical JSON, sorted keys), cut around the two values only the
 * database knows at append time: [before prevHash, between prevHash and seq, after seq]. The cuts
 * are found with random markers in place of the two values, so the material is built by the very
 * code hashRow uses and no content can imitate a cut.
 */
function materialAround(fields: UnlinkedRow): [string, string, string] {
  const [prev, seq] = [randomBytes(16).toString("hex"), randomBytes(16).toString("hex")];
  const material = hashedMaterial({ ...fields, at: fields.at.toISOString(), prevHash: prev, seq });
  const [prevMarker, seqMarker] = [JSON.stringify(prev), JSON.stringify(seq)];
  const [before, rest, ...more] = material.split(prevMarker);
  const [between, after, ...more2] = (rest ?? "").split(seqMarker);
  if (rest === undefined || after === undefined || more.length || more2.length) throw new Error("access log: cannot place prevHash and seq in the hashed material");
  return [before!, between!, after];
}

const COLUMN_LIST = Prisma.raw(ACCESS_LOG_COLUMN_NAMES.map((column) => `"${column}"`).join(", "));

/** A column's value in the INSERT: the link from "log_next", the others as parameters cast to the column's type. */
function valueOf(fields: UnlinkedRow, column: AccessLogColumn): Prisma.Sql {
  if (column === "seq" || column === "prevHash") return Prisma.raw(`"log_next"."${column}"`);
  if (column === "at") return Prisma.sql`(${fields.at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
  const value = fields[column];
  return Prisma.sql`${column === "query" ? JSON.stringify(value) : value}::${Prisma.raw(ACCESS_LOG_COLUMNS[column])}`;
}

/** The "log_moved" row of an append statement (all null when nothing was appended). */
export type AppendedRow = { chain?: number | null; seq: string | null; prevHash: string | null; hash: string | null };

export type AccessLogAppend = {
  /**
   * The CTE "log_head": the head row of the entry's chain, locked FOR UPDATE. It comes first in the statement;
   * the statement's other writes select FROM it, so that nothing is written without the head.
   */
  head: Prisma.Sql;
  /**
   * The CTEs "log_next" (seq and hash, computed in PostgreSQL from the locked head), "log_row" (the
   * inserted row) and "log_moved" (the head moved to it). `gate` names an earlier CTE that must
   * yield a row for the log row to be written (e.g. the lookup it records).
   */
  rest(gate?: string): Prisma.Sql;
  /** The appended row's seq and hash, once checked against hashRow; throws when nothing was appended. */
  verify(row: AppendedRow | undefined): { chain: number; seq: bigint; hash: string };
};

/**
 * Prepares the append of one row, to be sent as part of one SQL statement: everything but the
 * head's seq and hash is computed here, before the lock is taken. The statement locks the head row
 * of the entry's chain (so that concurrent appends to it, from any instance, form one chain; other
 * units' appends go to other chains and do not wait), computes the row's hash in
 * PostgreSQL (sha256 over hashRow's material, with the locked head's hash and seq + 1 spliced in),
 * inserts the row and moves the head; the lock lasts until its transaction ends.
 */
export function prepareAccessLogAppend(entry: AccessLogEntry, at: Date = new Date(), chains: number = env().audit.chains): AccessLogAppend {
  const fields = rowOfEntry(entry, at, chainFor(entry, chains));
  const [before, between, after] = materialAround(fields);
  return {
    head: Prisma.sql`"log_head" AS (SELECT "seq", "hash" FROM "access_log_head" WHERE "chain" = ${fields.chain}::int FOR UPDATE)`,
    rest: (gate) => Prisma.sql`
      "log_next" AS (
        SELECT "log_head"."seq" + 1 AS "seq", "log_head"."hash" AS "prevHash",
               encode(sha256(convert_to(${before}::text || '"' || "log_head"."hash" || '"' || ${between}::text || '"' || ("log_head"."seq" + 1)::text || '"' || ${after}::text, 'UTF8')), 'hex') AS "hash"
          FROM "log_head"${gate ? Prisma.raw(`, "${gate}"`) : Prisma.empty}
      ), "log_row" AS (
        INSERT INTO "access_log" (${COLUMN_LIST}, "hash")
        SELECT ${Prisma.join(ACCESS_LOG_COLUMN_NAMES.map((column) => valueOf(fields, column)))}, "log_next"."hash"
          FROM "log_next"
        RETURNING "seq", "prevHash", "hash"
      ), "log_moved" AS (
        UPDATE "access_log_head" SET "seq" = "log_row"."seq", "hash" = "log_row"."hash" FROM "log_row" WHERE "access_log_head"."chain" = ${fields.chain}::int
        RETURNING "log_row"."seq"::text AS "seq", "log_row"."prevHash", "log_row"."hash"
      )`,
    verify(row) {
      if (!row?.seq || !row.prevHash || !row.hash) throw new Error(`access_log_head of chain ${fields.chain} is missing: run the migrations`);
      const seq = BigInt(row.seq);
      // The database hashed what hashRow hashes; the verifier (verify-chain.ts) will recompute it.
      if (hashRow({ ...fields, seq, prevHash: row.prevHash }) !== row.hash) throw new Error(`access log row ${fields.chain}/${seq}: the database's hash differs from hashRow's`);
      return { chain: fields.chain, seq, hash: row.hash };
    },
  };
}

/**
 * Appends a row to the access log inside the caller's transaction, chained to the previous row, in
 * one statement (prepareAccessLogAppend). The head row stays locked until the caller's transaction
 * ends: call this last in a short transaction. The hash is checked against hashRow before the
 * transaction may commit, so a row the verifier would reject is never committed.
 * Callers return data to people only after this transaction commits: no log row, no data.
 */
export async function writeAccessLog(tx: Tx, entry: AccessLogEntry, at: Date = new Date()): Promise<{ chain: number; seq: bigint; hash: string }> {
  const append = prepareAccessLogAppend(entry, at);
  const rows = await tx.$queryRaw<AppendedRow[]>`WITH ${append.head}, ${append.rest()} SELECT * FROM "log_moved"`;
  return append.verify(rows[0]);
}

/**
 * Appends several rows in one transaction, in the order of their chains: two transactions that
 * each append to the same two chains then lock the heads in the same order and never deadlock.
 */
export async function writeAccessLogs(tx: Tx, entries: AccessLogEntry[], at: Date = new Date()): Promise<void> {
  const chains = env().audit.chains;
  const ordered = entries.map((entry, i) => ({ entry, i, chain: chainFor(entry, chains) })).sort((a, b) => a.chain - b.chain || a.i - b.i);
  for (const { entry } of ordered) await writeAccessLog(tx, entry, at);
}
