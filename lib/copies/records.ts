import { z } from "zod";
import { ZEventType, type CivilRecord } from "@/lib/adapters/civil-registry/port";

/** Where an event was registered, seen from the unit that takes the request (Luật Hộ tịch Art. 63). */
export type RegisteredAt = "UNIT" | "OTHER_COMMUNE" | "OTHER_PROVINCE";

/**
 * What a request keeps of each record it is about: enough to name the event on lists, receipts and
 * registers, never the record itself (the national system stays the source; Nghị định 13/2023).
 */
export const ZRequestRecord = z.object({
  recordId: z.string(),
  type: ZEventType,
  subjectName: z.string(),
  registeredOn: z.string(),
  authority: z.string(),
  entryNumber: z.string().nullable().default(null),
  bookNumber: z.string().nullable().default(null),
  currentCommuneCode: z.string().nullable(),
  registeredAt: z.enum(["UNIT", "OTHER_COMMUNE", "OTHER_PROVINCE"]),
});
export type RequestRecord = z.infer<typeof ZRequestRecord>;

/** The records of a stored request; a malformed value shows as none rather than breaking a list. */
export function parseRecords(json: unknown): RequestRecord[] {
  const parsed = z.array(ZRequestRecord).safeParse(json);
  return parsed.success ? parsed.data : [];
}

/** The person(s) a record is about, as a document names them. */
export function subjectNameOf(record: CivilRecord): string {
  if (record.spouses) return `${record.spouses.husband.fullName} – ${record.spouses.wife.fullName}`;
  return record.subject?.fullName ?? record.related[0]?.fullName ?? "—";
}

export function registeredAtFor(currentCommuneCode: string | null, unitCode: string): RegisteredAt {
  if (!currentCommuneCode) return "OTHER_PROVINCE";
  return currentCommuneCode === unitCode ? "UNIT" : "OTHER_COMMUNE";
}

export function toRequestRecord(record: CivilRecord, unitCode: string): RequestRecord {
  const r = record.registration;
  return {
    recordId: record.id,
    type: record.type,
    subjectName: subjectNameOf(record),
    registeredOn: r.registeredOn,
    authority: r.authority,
    entryNumber: r.entryNumber,
    bookNumber: r.bookNumber,
    currentCommuneCode: r.currentCommuneCode,
    registeredAt: registeredAtFor(r.currentCommuneCode, unitCode),
  };
}

/** The name a request is filed under: its records' people, each once. */
export function requestSubjectName(records: readonly RequestRecord[]): string {
  return [...new Set(records.map((r) => r.subjectName))].join("; ").slice(0, 300);
}

/**
 * The person a confirmation is about: the one most of its records name (a birth and a marriage of the
 * same woman name her twice, her husband once); the first named on a tie.
 */
export function mainPersonName(records: readonly CivilRecord[]): string | undefined {
  const names = records.flatMap((r) => (r.subject ? [r.subject.fullName] : r.spouses ? [r.spouses.husband.fullName, r.spouses.wife.fullName] : []));
  const counts = new Map<string, number>();
  for (const n of names) counts.set(n, (counts.get(n) ?? 0) + 1);
  let best: string | undefined;
  for (const n of names) if (best === undefined || counts.get(n)! > counts.get(best)!) best = n;
  return best;
}
