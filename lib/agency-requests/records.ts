import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import type { DocumentBlock } from "@/lib/documents/content-schema";
import { recordBlocks, registrationLine } from "@/lib/documents/record-blocks";
import { EVENT_LABELS } from "@/lib/lookups/labels";
import { othersLine, recordNames, type MatchedParty, type PartyRole } from "@/lib/lookups/parties";

/**
 * A record as an answer keeps it (AgencyRequestPerson.records): enough to tell candidates apart
 * (names, dates, parents or spouse, where and when registered) and, for a record given, the
 * extract's own blocks as the answer letter prints them. Nothing else of the register is kept.
 * The name, ID number and date of birth are those of the person the agency asked about, as the
 * handler's lookup found them on the record (a marriage found by the wife's number gives hers).
 */
export type AnswerRecord = {
  recordId: string;
  type: CivilRecord["type"];
  typeLabel: string;
  fullName: string;
  personalId: string | null;
  dateOfBirth: string | null;
  /** The place on the record of the person asked about ("WIFE", "vợ"); null when the lookup named no one (older answers). */
  role?: PartyRole | null;
  roleLabel?: string | null;
  related: string | null;
  registration: string;
  /** The extract's content, for records given in the answer (not for ambiguous candidates). */
  blocks?: DocumentBlock[];
};

export function toAnswerRecord(record: CivilRecord, holderName: string | null, full: boolean, matched: MatchedParty | null): AnswerRecord {
  // An agency always names a person: when they cannot be told apart on the record, the answer gives
  // everyone's names and no one's number rather than a guess.
  const shown = matched;
  return {
    recordId: record.id,
    type: record.type,
    typeLabel: EVENT_LABELS[record.type],
    fullName: shown?.fullName ?? recordNames(record),
    personalId: shown?.personalId ?? null,
    dateOfBirth: shown?.dateOfBirth ?? null,
    role: matched?.role ?? null,
    roleLabel: matched?.roleLabel ?? null,
    related: othersLine(record, shown),
    registration: registrationLine(record),
    ...(full ? { blocks: recordBlocks(record, holderName) } : {}),
  };
}

export function parseAnswerRecords(json: unknown): AnswerRecord[] {
  return Array.isArray(json) ? (json as AnswerRecord[]) : [];
}
