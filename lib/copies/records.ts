import { z } from "zod";
import { ZEventType, ZPartyKey, ZQuality, type CivilRecord } from "@/lib/adapters/civil-registry/port";
import { recordNames, type MatchedParty } from "@/lib/lookups/parties";

/** Where an event was registered, seen from the unit that takes the request (Luật Hộ tịch Art. 63). */
export type RegisteredAt = "UNIT" | "OTHER_COMMUNE" | "OTHER_PROVINCE";

/**
 * What a request keeps of each record it is about: enough to name the event on lists, receipts and
 * registers, never the record itself (the national system stays the source; Nghị định 13/2023).
 */
/** The person of the record the request is about (the one the officer's search found it through). */
export const ZRequestParty = z.object({
  key: ZPartyKey,
  role: z.string(),
  roleLabel: z.string(),
  fullName: z.string(),
  personalId: z.string().nullable(),
  dateOfBirth: z.string().nullable(),
});

export const ZRequestRecord = z.object({
  recordId: z.string(),
  type: ZEventType,
  /** The person asked about when the search named one, else everyone the record is about. */
  subjectName: z.string(),
  /** Null for a record found by its registration keys, and on requests taken before parties were kept. */
  party: ZRequestParty.nullable().default(null),
  registeredOn: z.string(),
  authority: z.string(),
  entryNumber: z.string().nullable().default(null),
  bookNumber: z.string().nullable().default(null),
  currentCommuneCode: z.string().nullable(),
  registeredAt: z.enum(["UNIT", "OTHER_COMMUNE", "OTHER_PROVINCE"]),
  /** The register's quality state when the request was taken (null on requests taken before it was kept). */
  quality: ZQuality.nullable().default(null),
  /** The record the register suspects this one duplicates, when it says so. */
  duplicateOf: z.string().nullable().default(null),
});
export type RequestRecord = z.infer<typeof ZRequestRecord>;
export type RequestParty = z.infer<typeof ZRequestParty>;

/** The records of a stored request; a malformed value shows as none rather than breaking a list. */
export function parseRecords(json: unknown): RequestRecord[] {
  const parsed = z.array(ZRequestRecord).safeParse(json);
  return parsed.success ? parsed.data : [];
}

/** The person(s) a record is about, as a document names them: the person asked about, else everyone. */
export function subjectNameOf(record: CivilRecord, matched: MatchedParty | null = null): string {
  return matched?.fullName ?? recordNames(record);
}

export function registeredAtFor(currentCommuneCode: string | null, unitCode: string): RegisteredAt {
  if (!currentCommuneCode) return "OTHER_PROVINCE";
  return currentCommuneCode === unitCode ? "UNIT" : "OTHER_COMMUNE";
}

export function toRequestRecord(record: CivilRecord, unitCode: string, matched: MatchedParty | null = null): RequestRecord {
  const r = record.registration;
  const party = matched ? { key: matched.key, role: matched.role, roleLabel: matched.roleLabel, fullName: matched.fullName, personalId: matched.personalId, dateOfBirth: matched.dateOfBirth } : null;
  return {
    recordId: record.id,
    type: record.type,
    subjectName: subjectNameOf(record, matched),
    party,
    registeredOn: r.registeredOn,
    authority: r.authority,
    entryNumber: r.entryNumber,
    bookNumber: r.bookNumber,
    currentCommuneCode: r.currentCommuneCode,
    registeredAt: registeredAtFor(r.currentCommuneCode, unitCode),
    quality: record.quality,
    duplicateOf: record.duplicateOf ?? null,
  };
}

/** The name a request is filed under: its records' people, each once. */
export function requestSubjectName(records: readonly RequestRecord[]): string {
  return [...new Set(records.map((r) => r.subjectName))].join("; ").slice(0, 300);
}

/**
 * The person a request is about, as its searches found them: the one most of its records were
 * found through (a birth and a marriage of the same woman, both found by her number), the first on
 * a tie; undefined when no record was found through anyone (registration keys only).
 */
export function askedPerson(records: readonly RequestRecord[]): RequestParty | undefined {
  const parties = records.flatMap((r) => (r.party ? [r.party] : []));
  const keyOf = (p: RequestParty) => p.personalId ?? `${p.fullName}|${p.dateOfBirth ?? ""}`;
  const counts = new Map<string, number>();
  for (const p of parties) counts.set(keyOf(p), (counts.get(keyOf(p)) ?? 0) + 1);
  let best: RequestParty | undefined;
  for (const p of parties) if (best === undefined || counts.get(keyOf(p))! > counts.get(keyOf(best))!) best = p;
  return best;
}
