import "server-only";
import type { RequestRecord } from "@/lib/copies/records";
import type { Db, Tx } from "@/lib/db/client";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import { gateReason, isFitToCertify, isGatedQuality } from "@/lib/verifications/gate";
import { DEPARTMENT_OF_JUSTICE_CODE } from "@/lib/units/import-units";

export type RecordGate = {
  recordId: string;
  fit: boolean;
  /** Why the record is held back (or was, before its confirmation); null for a record never in question. */
  reason: string | null;
  /** The unit a verification goes to: the commune keeping the register, or Sở Tư pháp for one outside the province. */
  holderName: string;
  /** The verification that decides it: a confirmation (anyone's), else the latest the request's unit asked. */
  verification: { id: string; status: VerificationStatus; answer: string | null; holdingUnitName: string; askedAt: Date; answeredAt: Date | null } | null;
};

/**
 * The quality gate of a request, record by record, as its page shows it: fit or not, why, and the
 * state of the verification asked for it.
 */
export async function requestGate(db: Db | Tx, request: { unitId: string; records: readonly RequestRecord[] }): Promise<RecordGate[]> {
  const gated = request.records.filter((r) => isGatedQuality(r.quality));
  const rows = gated.length
    ? await db.recordVerification.findMany({
        where: { recordId: { in: gated.map((r) => r.recordId) }, OR: [{ status: "CONFIRMED" }, { askingUnitId: request.unitId }] },
        orderBy: { askedAt: "desc" },
        select: { id: true, recordId: true, status: true, answer: true, askedAt: true, answeredAt: true, holdingUnit: { select: { name: true } } },
      })
    : [];
  const codes = [...new Set(gated.map((r) => r.currentCommuneCode ?? DEPARTMENT_OF_JUSTICE_CODE)), DEPARTMENT_OF_JUSTICE_CODE];
  const units = new Map((gated.length ? await db.unit.findMany({ where: { code: { in: codes } }, select: { code: true, name: true, level: true } }) : []).map((u) => [u.code, u]));
  const department = units.get(DEPARTMENT_OF_JUSTICE_CODE)?.name ?? "Sở Tư pháp";
  // The same choice as holdingUnitFor: a commune the tree knows, else Sở Tư pháp.
  const holderOf = (code: string | null) => {
    const unit = code ? units.get(code) : undefined;
    return unit?.level === "COMMUNE" ? unit.name : department;
  };
  return request.records.map((r) => {
    if (!isGatedQuality(r.quality)) return { recordId: r.recordId, fit: true, reason: null, holderName: holderOf(r.currentCommuneCode), verification: null };
    const mine = rows.filter((v) => v.recordId === r.recordId);
    const decisive = mine.find((v) => v.status === "CONFIRMED") ?? mine[0] ?? null;
    return {
      recordId: r.recordId,
      fit: isFitToCertify(r, decisive?.status === "CONFIRMED"),
      reason: gateReason({ quality: r.quality, duplicateOf: r.duplicateOf }),
      holderName: holderOf(r.currentCommuneCode),
      verification: decisive ? { id: decisive.id, status: decisive.status, answer: decisive.answer, holdingUnitName: decisive.holdingUnit.name, askedAt: decisive.askedAt, answeredAt: decisive.answeredAt } : null,
    };
  });
}
