import "server-only";
import type { CivilRecord } from "@/lib/adapters/civil-registry/port";
import { can, type Actor } from "@/lib/auth/actor";
import { fetchRequestRecords, writeLogs } from "@/lib/copies/fetch-request-records";
import { parseRecords, type RequestRecord } from "@/lib/copies/records";
import type { Db } from "@/lib/db/client";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertRowId } from "@/lib/validation/ids";
import { reasonText } from "@/lib/verifications/gate";
import { answerWhere, mayAnswer, readWhere } from "@/lib/verifications/scope";
import { verificationTexts as t } from "@/lib/verifications/texts";

const SELECT = {
  id: true, recordId: true, recordType: true, status: true, version: true, quality: true, duplicateOf: true, note: true, answer: true,
  askedAt: true, askedById: true, answeredAt: true, answeredById: true, holdingUnitId: true, askingUnitId: true,
  askingUnit: { select: { id: true, code: true, name: true } },
  holdingUnit: { select: { id: true, code: true, name: true } },
  request: { select: { id: true, unitId: true, kind: true, receiptNumber: true, records: true } },
} as const satisfies Prisma.RecordVerificationSelect;

type Row = Prisma.RecordVerificationGetPayload<{ select: typeof SELECT }>;

export type VerificationDetail = Omit<Row, "request"> & {
  request: Omit<Row["request"], "records">;
  /** What the asking request kept of the record: enough to name it, never the record itself. */
  record: RequestRecord | null;
  reason: string;
  askedByName: string | null;
  answeredByName: string | null;
  /** The actor may answer it now (holding unit, pending, not the asker). */
  canAnswer: boolean;
  /** The actor may open the record to check it (the holding unit: every opening is logged). */
  canOpenRecord: boolean;
  /** The actor may open the asking request's page. */
  canOpenRequest: boolean;
};

async function names(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = ids.filter((x): x is string => !!x);
  return new Map((await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]));
}

/** One verification the actor may see (its units hold the register or asked): scope in the query. */
export async function getVerification(actor: Actor, id: string, deps?: Deps): Promise<VerificationDetail> {
  assertRowId(id);
  const { db } = resolveDeps(deps);
  const v = await db.recordVerification.findFirst({ where: { id, ...readWhere(actor) }, select: SELECT });
  if (!v) throw new AppError("NOT_FOUND", { message: `verification ${id} not in scope` });
  const users = await names(db, [v.askedById, v.answeredById]);
  const { records, ...request } = v.request;
  const holder = mayAnswer(actor, v);
  return {
    ...v,
    request,
    record: parseRecords(records).find((r) => r.recordId === v.recordId) ?? null,
    reason: reasonText(v),
    askedByName: users.get(v.askedById) ?? null,
    answeredByName: v.answeredById ? (users.get(v.answeredById) ?? null) : null,
    canAnswer: holder && v.status === "PENDING" && v.askedById !== actor.userId,
    canOpenRecord: holder,
    canOpenRequest: can(actor, "copy.read", v.request.unitId),
  };
}

export type OpenedVerificationRecord = { verification: VerificationDetail; record: CivilRecord; currentUnit: { code: string; name: string } | null };

/**
 * The holding unit opens the record it is asked to confirm, from the Ministry of Justice system:
 * only a unit that may answer (scope in the query), read through the requests' record path, so the
 * access log has one row per opening (purpose RECORD_VERIFICATION, the asking request as reference)
 * before anything is shown.
 */
export async function openVerificationRecord(actor: Actor, id: string, ip: string | null, deps?: Deps): Promise<OpenedVerificationRecord> {
  assertRowId(id);
  const { db, now } = resolveDeps(deps);
  const row = await db.recordVerification.findFirst({ where: { id, ...answerWhere(actor) }, select: { id: true, recordId: true, holdingUnit: { select: { id: true, code: true } }, askingUnit: { select: { code: true } }, request: { select: { receiptNumber: true } } } });
  if (!row) throw new AppError("NOT_FOUND", { message: `verification ${id} not answerable by ${actor.username}` });
  const purpose = {
    kind: "RECORD_VERIFICATION" as const, receiptNumber: `${row.askingUnit.code}/${row.request.receiptNumber}`, legalBasis: t.legalBasis,
    lookupId: null, unit: { id: row.holdingUnit.id, code: row.holdingUnit.code }, ip,
  };
  const { records, logs } = await fetchRequestRecords(db, actor, purpose, [row.recordId], now, deps);
  await writeLogs(db, logs, now);
  const record = records[0]!;
  const code = record.registration.currentCommuneCode;
  const currentUnit = code ? await db.unit.findUnique({ where: { code }, select: { code: true, name: true } }) : null;
  return { verification: await getVerification(actor, id, deps), record, currentUnit };
}
