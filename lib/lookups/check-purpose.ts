import type { Db, Tx } from "@/lib/db/client";
import { queryRows } from "@/lib/db/raw-query";
import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import type { TPurpose } from "@/lib/lookups/schemas";

export type ResolvedPurpose = {
  kind: TPurpose["kind"];
  dossierId: string | null;
  /** Dossier code, request reference or the stated description: what the access log shows as "why". */
  ref: string;
  legalBasis: string | null;
  replacesPapers: string[];
};

/** What checkPurpose found: the unit, and for a dossier purpose its procedure and existing dossier. */
export type PurposeCheck = {
  unit: { id: string; code: string };
  /** The dossier's procedure (active, papers checked); null for other purposes. */
  procedureId: string | null;
  /** The unit's dossier of that code, when it exists already. */
  dossierId: string | null;
};

export type CheckRow = {
  unitId: string;
  unitCode: string;
  procedureId: string | null;
  papers: string[] | null;
  dossierId: string | null;
  dossierProcedureId: string | null;
  dossierProcedureName: string | null;
};

/**
 * Everything a lookup must pass before the national system is called, in one round trip: the unit
 * exists (else NOT_FOUND), and a dossier purpose names an active procedure of the catalogue, papers
 * of that procedure, and — when the unit already has a dossier of that code — the same procedure.
 * Purpose problems are field errors, so the form shows them in place.
 */
export async function checkPurpose(db: Db | Tx, unitId: string, purpose: TPurpose): Promise<PurposeCheck> {
  const [row] = await queryRows<CheckRow>(db, Prisma.sql`
    SELECT ${PURPOSE_CHECK_COLUMNS} FROM "units" u ${purposeCheckJoins(purpose)} WHERE u."id" = ${unitId}`);
  if (!row) throw new AppError("NOT_FOUND", { refusal: "out_of_jurisdiction" });
  if (purpose.kind === "AGENCY_REQUEST") await checkAgencyRequestPurpose(db, row.unitId, purpose.reference);
  return purposeCheckFromRow(row, purpose);
}

/** The columns checkPurpose reads, from a unit aliased "u" and purposeCheckJoins. */
export const PURPOSE_CHECK_COLUMNS = Prisma.sql`u."id" AS "unitId", u."code" AS "unitCode",
  p."id" AS "procedureId",
  CASE WHEN p."id" IS NULL THEN NULL ELSE ARRAY(SELECT pp."paperCode" FROM "procedure_papers" pp WHERE pp."procedureId" = p."id") END AS "papers",
  d."id" AS "dossierId", d."procedureId" AS "dossierProcedureId", dp."name" AS "dossierProcedureName"`;

/** The procedure and the unit's dossier a purpose names, joined to a unit aliased "u". */
export function purposeCheckJoins(purpose: TPurpose): Prisma.Sql {
  const dossier = purpose.kind === "DOSSIER" ? purpose : null;
  return Prisma.sql`
    LEFT JOIN "procedures" p ON p."code" = ${dossier?.procedureCode ?? null}::text AND p."active"
    LEFT JOIN "dossiers" d ON d."unitId" = u."id" AND d."code" = ${dossier?.dossierCode ?? null}::text
    LEFT JOIN "procedures" dp ON dp."id" = d."procedureId"`;
}

/**
 * The dossier rules on a row of PURPOSE_CHECK_COLUMNS (the unit found): an active procedure of the
 * catalogue, papers of that procedure, and an existing dossier of the same procedure.
 */
export function purposeCheckFromRow(row: CheckRow, purpose: TPurpose): PurposeCheck {
  const unit = { id: row.unitId, code: row.unitCode };
  if (purpose.kind !== "DOSSIER") return { unit, procedureId: null, dossierId: null };
  const m = messages.lookups;
  if (!row.procedureId) throw new AppError("INVALID_INPUT", { fieldErrors: { procedureCode: m.procedureUnknown }, refusal: "procedure_unknown" });
  const allowed = new Set(row.papers ?? []);
  const foreign = purpose.replacesPapers.filter((p) => !allowed.has(p));
  if (foreign.length) {
    throw new AppError("INVALID_INPUT", { message: `papers not in procedure: ${foreign.join(",")}`, fieldErrors: { replacesPapers: m.paperNotInProcedure }, refusal: "papers_not_in_procedure" });
  }
  if (row.dossierId && row.dossierProcedureId !== row.procedureId) {
    throw new AppError("INVALID_INPUT", { fieldErrors: { dossierCode: m.dossierOtherProcedure(row.dossierProcedureName ?? "") }, refusal: "dossier_other_procedure" });
  }
  return { unit, procedureId: row.procedureId, dossierId: row.dossierId };
}

/**
 * An agency-request purpose names a request that exists, is ACCEPTED (not yet answered) and is
 * handled by the unit the lookup is made for — which searchRecords has already checked is inside
 * the actor's jurisdiction. Anything else is refused: a request code is no licence to search.
 */
async function checkAgencyRequestPurpose(db: Db | Tx, unitId: string, reference: string): Promise<void> {
  const request = await db.agencyRequest.findFirst({ where: { code: reference, status: "ACCEPTED", handlingUnitId: unitId }, select: { id: true } });
  if (!request) {
    throw new AppError("INVALID_INPUT", {
      message: `agency request ${reference} not accepted for unit ${unitId}`,
      userMessage: messages.lookups.agencyRequestNotAccepted,
      fieldErrors: { purposeKind: messages.lookups.agencyRequestNotAccepted },
      refusal: "purpose",
    });
  }
}

/** The purpose as the lookup and the access log record it. */
export function describePurpose(purpose: TPurpose, dossierId: string | null): ResolvedPurpose {
  if (purpose.kind === "OTHER") return { kind: "OTHER", dossierId: null, ref: purpose.description, legalBasis: purpose.legalBasis, replacesPapers: [] };
  if (purpose.kind !== "DOSSIER") return { kind: purpose.kind, dossierId: null, ref: purpose.reference, legalBasis: purpose.legalBasis, replacesPapers: [] };
  return { kind: "DOSSIER", dossierId, ref: purpose.dossierCode, legalBasis: null, replacesPapers: purpose.replacesPapers };
}
