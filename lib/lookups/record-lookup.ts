import "server-only";
import { prepareAccessLogAppend, type AppendedRow } from "@/lib/audit/write-access-log";
import type { Db, Tx } from "@/lib/db/client";
import { newId } from "@/lib/db/new-id";
import { queryRows } from "@/lib/db/raw-query";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { describePurpose, type PurposeCheck } from "@/lib/lookups/check-purpose";
import { requesterIds, requesterLabel, type Requester } from "@/lib/lookups/requester";
import type { StoredMatches } from "@/lib/lookups/stored-matches";
import type { TLookupInput, TPurpose } from "@/lib/lookups/schemas";
import { messages } from "@/lib/text/messages";

type RecordedRow = AppendedRow & { dossierProcedureId: string | null; units: { code: string; name: string }[] | string | null };

/**
 * Writes the dossier (when new), the lookup and its access-log row in ONE statement, which
 * PostgreSQL runs as one transaction: all of it or nothing. The statement locks the access-log head
 * first (every other write selects FROM it) and commits without waiting for this process, so the
 * lock — which serialises every lookup of every instance — is held for the database's own work and
 * its commit only, never for a round trip to Node.js. It also reads the names of the units the
 * results name. Nothing is returned to the caller before the statement has committed. (Unlike
 * writeAccessLog, the row's hash is compared with hashRow only after that commit: a mismatch, which
 * would mean the SQL and hashRow disagree, fails the request and shows in verify-chain.)
 */
export async function recordLookup(
  db: Db,
  a: {
    requester: Requester; input: TLookupInput; check: PurposeCheck; outcome: "FOUND" | "NOT_FOUND" | "REFUSED" | "UPSTREAM_FAILURE"; resultIds: string[];
    matchedParties: StoredMatches; errorKind: string | null; now: Date; unitCodes: string[];
  },
): Promise<{ lookupId: string; units: Map<string, string> } | { refusal: AppError }> {
  const { requester, input, check } = a;
  const lookupId = newId();
  const purpose = describePurpose(input.purpose, null);
  const ids = requesterIds(requester);
  const append = prepareAccessLogAppend(
    {
      ...ids,
      actorLabel: requesterLabel(requester),
      unitId: check.unit.id,
      unitCode: check.unit.code,
      system: "CIVIL_REGISTRY",
      operation: "SEARCH",
      purposeKind: purpose.kind,
      purposeRef: purpose.ref,
      legalBasis: purpose.legalBasis,
      lookupId,
      query: input.query,
      resultIds: a.resultIds,
      outcome: a.outcome,
      errorKind: a.errorKind,
      ip: requester.ip,
    },
    a.now,
  );
  const createdAt = new Date();
  const units = a.unitCodes.length
    ? Prisma.sql`(SELECT json_agg(json_build_object('code', "code", 'name', "name")) FROM "units" WHERE "code" = ANY(${a.unitCodes}::text[]))`
    : Prisma.sql`NULL::json`;
  const [row] = await queryRows<RecordedRow>(db, Prisma.sql`
    WITH ${append.head},
    ${dossierCte(input.purpose, check, newId(), createdAt)},
    "lookup" AS (
      INSERT INTO "lookups" ("id", "unitId", "userId", "apiClientId", "source", "purposeKind", "dossierId", "purposeRef", "legalBasis", "replacesPapers",
                             "queryKind", "eventTypes", "outcome", "resultCount", "resultIds", "matchedParties", "createdAt")
      SELECT ${lookupId}::text, ${check.unit.id}::text, ${ids.userId}::text, ${ids.apiClientId}::text, ${requester.kind === "user" ? "PORTAL" : "API"}::"LookupSource",
             ${purpose.kind}::"PurposeKind", "dossier"."id", ${purpose.ref}::text, ${purpose.legalBasis}::text, ${purpose.replacesPapers}::text[],
             ${input.query.by}::text, ${input.query.eventTypes ?? []}::text[], ${a.outcome}::"LookupOutcome", ${a.resultIds.length}::int, ${a.resultIds}::text[],
             ${JSON.stringify(a.matchedParties)}::jsonb, (${createdAt.toISOString()}::timestamptz AT TIME ZONE 'UTC')
        FROM "dossier" WHERE "dossier"."procedureId" IS NOT DISTINCT FROM ${check.procedureId}::text
      RETURNING "id"
    ),
    ${append.rest("lookup")}
    SELECT "log_moved".*, (SELECT "procedureId" FROM "dossier") AS "dossierProcedureId", ${units} AS "units"
      FROM (SELECT 1) AS "one" LEFT JOIN "log_moved" ON TRUE`);
  // A dossier of that code opened meanwhile under another procedure: nothing was written.
  if (!row?.seq && row?.dossierProcedureId && row.dossierProcedureId !== check.procedureId) return { refusal: await dossierOfOtherProcedure(db, row.dossierProcedureId) };
  append.verify(row);
  const list = typeof row!.units === "string" ? (JSON.parse(row!.units) as { code: string; name: string }[]) : (row!.units ?? []);
  return { lookupId, units: new Map(list.map((u) => [u.code, u.name])) };
}

/**
 * The purpose's dossier as a CTE named "dossier" (columns "id", "procedureId"), for the statement
 * that writes a lookup in one go (recordLookup). It selects FROM the locked access-log head
 * ("log_head"), so it writes nothing when the log cannot be written. A dossier the check found is
 * reused as is (dossiers are never deleted nor moved to another procedure). A new one is inserted
 * with `newDossierId`; one opened meanwhile by someone else comes back instead, with its own procedure (ON
 * CONFLICT DO UPDATE returns the row even when it is not in the statement's snapshot: two officers
 * opening the same dossier at once get the same row), and the caller refuses a procedure other
 * than check.procedureId.
 */
function dossierCte(purpose: TPurpose, check: PurposeCheck, newDossierId: string, now: Date): Prisma.Sql {
  if (purpose.kind !== "DOSSIER") return Prisma.sql`"dossier" AS (SELECT NULL::text AS "id", NULL::text AS "procedureId" FROM "log_head")`;
  if (check.dossierId) return Prisma.sql`"dossier" AS (SELECT ${check.dossierId}::text AS "id", ${check.procedureId}::text AS "procedureId" FROM "log_head")`;
  return Prisma.sql`"dossier" AS (
    INSERT INTO "dossiers" ("id", "unitId", "code", "procedureId", "createdAt")
    SELECT ${newDossierId}::text, ${check.unit.id}::text, ${purpose.dossierCode}::text, ${check.procedureId}::text, (${now.toISOString()}::timestamptz AT TIME ZONE 'UTC') FROM "log_head"
    ON CONFLICT ("unitId", "code") DO UPDATE SET "procedureId" = "dossiers"."procedureId"
    RETURNING "id", "procedureId")`;
}

/** The field error for a dossier code already used with another procedure (named by id). */
async function dossierOfOtherProcedure(db: Db | Tx, procedureId: string): Promise<AppError> {
  const other = await db.procedure.findUnique({ where: { id: procedureId }, select: { name: true } });
  return new AppError("INVALID_INPUT", { fieldErrors: { dossierCode: messages.lookups.dossierOtherProcedure(other?.name ?? "") }, refusal: "dossier_other_procedure" });
}
