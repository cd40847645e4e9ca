import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import type { DocumentBlock } from "@/lib/documents/content-schema";
import { recordBlocks, recordHolderNames, registrationLine } from "@/lib/documents/record-blocks";
import { EVENT_LABELS } from "@/lib/lookups/labels";

/**
 * A record as an answer keeps it (AgencyRequestPerson.records): enough to tell candidates apart
 * (names, dates, parents or spouse, where and when registered) and, for a record given, the
 * extract's own blocks as the answer letter prints them. Nothing else of the register is kept.
 */
export type AnswerRecord = {
  recordId: string;
  type: CivilRecord["type"];
  typeLabel: string;
  fullName: string;
  personalId: string | null;
  dateOfBirth: string | null;
  related: string | null;
  registration: string;
  /** The extract's content, for records given in the answer (not for ambiguous candidates). */
  blocks?: DocumentBlock[];
};

export function toAnswerRecord(record: CivilRecord, holderName: string | null, full: boolean): AnswerRecord {
  const person = record.subject ?? record.spouses?.husband ?? null;
  const parents = [record.father?.fullName, record.mother?.fullName].filter(Boolean).join(" – ");
  return {
    recordId: record.id,
    type: record.type,
    typeLabel: EVENT_LABELS[record.type],
    fullName: recordHolderNames(record).join(" – ") || "—",
    personalId: person?.personalId ?? null,
    dateOfBirth: person?.dateOfBirth ?? null,
    related: record.spouses ? null : parents ? `Cha, mẹ: ${parents}` : null,
    registration: registrationLine(record),
    ...(full ? { blocks: recordBlocks(record, holderName) } : {}),
  };
}

export function parseAnswerRecords(json: unknown): AnswerRecord[] {
  return Array.isArray(json) ? (json as AnswerRecord[]) : [];
}
