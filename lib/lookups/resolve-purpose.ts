import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { messages } from "@/lib/messages";
import type { TPurpose } from "@/lib/lookups/schemas";

export type ResolvedPurpose = {
  kind: TPurpose["kind"];
  dossierId: string | null;
  /** Dossier code, request reference or the stated description: what the access log shows as "why". */
  ref: string;
  legalBasis: string | null;
  replacesPapers: string[];
};

/**
 * Checks the purpose against the catalogue and, for a dossier, finds or creates the unit's dossier
 * in the caller's transaction (`write: false` checks only, before the national system is called).
 * Problems are field errors, so the form shows them in place.
 */
export async function resolvePurpose(tx: Tx, unitId: string, purpose: TPurpose, { write = true } = {}): Promise<ResolvedPurpose> {
  if (purpose.kind === "OTHER") return { kind: "OTHER", dossierId: null, ref: purpose.description, legalBasis: purpose.legalBasis, replacesPapers: [] };
  if (purpose.kind !== "DOSSIER") return { kind: purpose.kind, dossierId: null, ref: purpose.reference, legalBasis: purpose.legalBasis, replacesPapers: [] };

  const m = messages.lookups;
  const procedure = await tx.procedure.findFirst({
    where: { code: purpose.procedureCode, active: true },
    select: { id: true, name: true, papers: { select: { paperCode: true } } },
  });
  if (!procedure) throw new AppError("INVALID_INPUT", { fieldErrors: { procedureCode: m.procedureUnknown } });
  const allowed = new Set(procedure.papers.map((p) => p.paperCode));
  const foreign = purpose.replacesPapers.filter((p) => !allowed.has(p));
  if (foreign.length) throw new AppError("INVALID_INPUT", { message: `papers not in procedure: ${foreign.join(",")}`, fieldErrors: { replacesPapers: m.paperNotInProcedure } });

  // Unique (unitId, code): two officers opening the same dossier at once get the same row.
  const where = { unitId_code: { unitId, code: purpose.dossierCode } };
  const select = { id: true, procedureId: true, procedure: { select: { name: true } } } as const;
  const dossier = write
    ? await tx.dossier.upsert({ where, update: {}, create: { unitId, code: purpose.dossierCode, procedureId: procedure.id }, select })
    : await tx.dossier.findUnique({ where, select });
  if (!dossier) return { kind: "DOSSIER", dossierId: null, ref: purpose.dossierCode, legalBasis: null, replacesPapers: purpose.replacesPapers };
  if (dossier.procedureId !== procedure.id) {
    throw new AppError("INVALID_INPUT", { fieldErrors: { dossierCode: m.dossierOtherProcedure(dossier.procedure.name) } });
  }
  return { kind: "DOSSIER", dossierId: dossier.id, ref: purpose.dossierCode, legalBasis: null, replacesPapers: purpose.replacesPapers };
}
