import "server-only";
import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import { isUpstreamError, type UpstreamError } from "@/lib/adapters/errors";
import { upstreamAppError } from "@/lib/errors/upstream-error";
import type { Actor } from "@/lib/auth/actor";
import { writeAccessLog, type AccessLogEntry } from "@/lib/audit/write-access-log";
import type { Db } from "@/lib/db/client";
import { resolveSystems, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { messages } from "@/lib/text/messages";
import { REQUEST_LEGAL_BASIS } from "@/lib/copies/schemas";

/** Why the records are read: the request (by its receipt number or code) and the lookup that found them. */
export type RequestPurpose = {
  kind: "COPY_REQUEST" | "CONFIRMATION_REQUEST" | "AGENCY_REQUEST" | "RECORD_VERIFICATION";
  receiptNumber: string;
  /** Defaults to the copies' legal basis; an agency request states its own. */
  legalBasis?: string;
  lookupId: string | null;
  unit: { id: string; code: string };
  ip: string | null;
};

export type FetchedRecords = { records: CivilRecord[]; logs: AccessLogEntry[] };

/** Who reads: an officer, or a system client filing a request through /api/v1 (its own access-log actor). */
export type RecordReader = Actor | { kind: "api"; client: { id: string; name: string } };

/** The access log's actor fields and the label sent upstream, for either kind of reader. */
export function readerIds(reader: RecordReader): { userId: string | null; apiClientId: string | null; actorLabel: string } {
  return "kind" in reader ? { userId: null, apiClientId: reader.client.id, actorLabel: `api:${reader.client.name}` } : { userId: reader.userId, apiClientId: null, actorLabel: reader.username };
}

/**
 * Reads each record from the Ministry of Justice system and prepares one access-log row per call,
 * purpose = the request. The caller writes the rows in the transaction that uses the data. When a
 * call fails or a record is gone, the rows are written here, on their own, and the request stops:
 * denied and failed looks at citizens' data are logged like the others.
 */
export async function fetchRequestRecords(db: Db, reader: RecordReader, purpose: RequestPurpose, recordIds: readonly string[], now: Date, deps?: Deps): Promise<FetchedRecords> {
  const { civilRegistry } = resolveSystems(deps);
  const who = readerIds(reader);
  const ctx = { officerId: who.actorLabel, unitCode: purpose.unit.code };
  const base = {
    ...who, unitId: purpose.unit.id, unitCode: purpose.unit.code, system: "CIVIL_REGISTRY" as const, operation: "GET_RECORD" as const,
    purposeKind: purpose.kind, purposeRef: purpose.receiptNumber, legalBasis: purpose.legalBasis ?? REQUEST_LEGAL_BASIS, lookupId: purpose.lookupId, ip: purpose.ip,
  };
  const answers = await Promise.all(
    recordIds.map(async (recordId): Promise<{ recordId: string; record: CivilRecord | null; failure: UpstreamError | null }> => {
      try {
        return { recordId, record: await civilRegistry.getRecord(recordId, ctx), failure: null };
      } catch (error) {
        if (!isUpstreamError(error)) throw error;
        return { recordId, record: null, failure: error };
      }
    }),
  );
  const logs: AccessLogEntry[] = answers.map((a) => ({
    ...base,
    query: { recordId: a.recordId },
    resultIds: a.record ? [a.record.id] : [],
    outcome: a.failure ? (a.failure.kind === "refused" ? "REFUSED" : "UPSTREAM_FAILURE") : a.record ? "FOUND" : "NOT_FOUND",
    errorKind: a.failure?.kind ?? null,
  }));
  const failure = answers.find((a) => a.failure)?.failure;
  if (failure) {
    await writeLogs(db, logs, now);
    throw upstreamAppError(failure);
  }
  if (answers.some((a) => !a.record)) {
    await writeLogs(db, logs, now);
    throw new AppError("CONFLICT", { message: "record gone upstream", userMessage: messages.copies.recordNotFound, fieldErrors: { records: messages.copies.recordNotFound } });
  }
  return { records: answers.map((a) => a.record!), logs };
}

/** Writes access-log rows in a transaction of their own (for reads whose main transaction failed). */
export async function writeLogs(db: Db, logs: readonly AccessLogEntry[], now: Date): Promise<void> {
  if (logs.length === 0) return;
  await db.$transaction(async (tx) => {
    for (const l of logs) await writeAccessLog(tx, l, now);
  });
}

export const purposeKindFor = (kind: "COPY" | "CONFIRMATION") => (kind === "COPY" ? "COPY_REQUEST" : "CONFIRMATION_REQUEST") as "COPY_REQUEST" | "CONFIRMATION_REQUEST";
