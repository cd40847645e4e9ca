import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import { verificationTexts as t } from "@/lib/verifications/texts";

// The quality gate of copies and confirmations: a digitised record
// still being checked is looked at, not certified, until the unit holding its register confirms it.
// Pure functions: the use cases load the confirmed record ids and the pages show the reasons.

export type Quality = CivilRecord["quality"];

/** The register's states that stop certification until the holding unit confirms the record. */
export const GATED_QUALITIES = ["needs_review", "suspected_duplicate"] as const satisfies readonly Quality[];
export type GatedQuality = (typeof GATED_QUALITIES)[number];

export function isGatedQuality(quality: Quality | null | undefined): quality is GatedQuality {
  return (GATED_QUALITIES as readonly string[]).includes(quality ?? "");
}

/** What the gate needs of a record: its id and the register's state (null: unknown, a request taken before states were kept). */
export type GateRecord = { recordId: string; quality: Quality | null; duplicateOf?: string | null };

/**
 * Whether a record is fit to certify: any state but needs_review and suspected_duplicate is, and
 * those two are once a verification of the record is CONFIRMED (by whichever unit asked: the
 * register's holder confirmed the record itself, not one request).
 */
export function isFitToCertify(record: Pick<GateRecord, "quality">, confirmed: boolean): boolean {
  return confirmed || !isGatedQuality(record.quality);
}

export type UnfitRecord<R extends GateRecord = GateRecord> = R & { quality: GatedQuality };

/** The records of a request that are not fit to certify, in the request's order. */
export function unfitRecords<R extends GateRecord>(records: readonly R[], confirmedRecordIds: ReadonlySet<string>): UnfitRecord<R>[] {
  return records.filter((r): r is UnfitRecord<R> => !isFitToCertify(r, confirmedRecordIds.has(r.recordId)));
}

/** Why a record is held back, as the request page and the refusal say it. */
export function gateReason(record: { quality: GatedQuality; duplicateOf?: string | null }): string {
  return record.quality === "needs_review" ? t.reasons.needs_review : t.reasons.suspected_duplicate(record.duplicateOf ?? null);
}

/** The message of a refused prepare or sign: each unfit record, named and with its reason. */
export function notFitMessage(records: readonly (UnfitRecord & { subjectName?: string })[]): string {
  return t.notFit(records.map((r) => t.blockedLine(r.subjectName ?? r.recordId, gateReason(r))));
}

/** A stored reason (the quality state kept on a verification) in words; an unknown state as it is. */
export function reasonText(v: { quality: string; duplicateOf?: string | null }): string {
  return isGatedQuality(v.quality as Quality) ? gateReason({ quality: v.quality as GatedQuality, duplicateOf: v.duplicateOf ?? null }) : v.quality;
}
