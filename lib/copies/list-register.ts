import "server-only";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import { parseVnDate, todayInVietnam } from "@/lib/text/dates";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Prisma } from "@/lib/generated/prisma/client";
import { vietnamInstant } from "@/lib/copies/due-time";
import { parseRecords } from "@/lib/copies/records";
import type { TRegisterFilter } from "@/lib/copies/schemas";
import type { Db } from "@/lib/db/client";
import { keysetBatches, keysetPage, type KeyField } from "@/lib/pagination/keyset";

export const REGISTER_PAGE_SIZE = 100;
const PAGE_SIZE = REGISTER_PAGE_SIZE;
/** An export holds at most this many documents; narrow the dates for more. */
export const REGISTER_EXPORT_LIMIT = 100_000;

const ROW = {
  id: true, kind: true, number: true, symbol: true, label: true, year: true, issuedAt: true, signerName: true, signerTitle: true, revokedAt: true, revokeReason: true,
  request: {
    select: {
      id: true, receiptNumber: true, channel: true, requesterName: true, requesterIdNumber: true, subjectName: true, registeredElsewhere: true,
      copies: true, feePerCopy: true, feeTotal: true, feeExemptReason: true, feeExemptBasis: true, feeReceiptNumber: true, records: true, unit: { select: { code: true, name: true } },
    },
  },
} as const satisfies Prisma.IssuedDocumentSelect;

type Row = Prisma.IssuedDocumentGetPayload<{ select: typeof ROW }>;
export type RegisterRow = Omit<Row, "request"> & { request: Omit<Row["request"], "records"> & { records: ReturnType<typeof parseRecords> } };

/** The period shown: the filter's dates (dd/MM/yyyy), by default 1 January of this year to today (Vietnam days). */
export function registerPeriod(filter: Pick<TRegisterFilter, "from" | "to">, now: Date): { from: string; to: string } {
  const today = todayInVietnam(now);
  const day = (s: string | undefined) => (s ? parseVnDate(s, { allowPartial: false }) : null);
  const from = day(filter.from) ?? `${today.slice(0, 4)}-01-01`;
  const to = day(filter.to) ?? today;
  return from <= to ? { from, to } : { from: to, to: from };
}

/** The documents of the register's filter in the actor's jurisdiction (scope in the query), and its period. */
export function registerWhere(actor: Actor, filter: Omit<TRegisterFilter, "page">, now: Date): { where: Prisma.IssuedDocumentWhereInput; period: { from: string; to: string } } {
  const period = registerPeriod(filter, now);
  return {
    period,
    where: {
      ...scopeWhere(actor, "copy.read"),
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.unit ? { request: { unit: { code: filter.unit } } } : {}),
      issuedAt: { gte: vietnamInstant(period.from, "00:00"), lt: new Date(vietnamInstant(period.to, "00:00").getTime() + 86_400_000) },
    },
  };
}

/**
 * The register of documents issued by the units of the actor's jurisdiction (sổ cấp bản sao trích
 * lục hộ tịch), in the order of issue, for a period of Vietnam days and optionally one series.
 * Revoked documents stay in the register, marked: a register is never rewritten.
 */
export async function listRegister(actor: Actor, filter: TRegisterFilter, deps?: Deps & { all?: boolean; pageSize?: number }) {
  const { db, now } = resolveDeps(deps);
  const { where, period } = registerWhere(actor, filter, now);
  const toItem = (r: Row): RegisterRow => ({ ...r, request: { ...r.request, records: parseRecords(r.request.records) } });
  if (deps?.all) {
    const rows = await db.issuedDocument.findMany({ where, orderBy: [{ issuedAt: "asc" }, { number: "asc" }, { id: "asc" }], take: REGISTER_EXPORT_LIMIT, select: ROW });
    return { items: rows.map(toItem), period, next: null, prev: null, offset: 0 };
  }
  // One page by keyset on (issuedAt, id), in the order of issue; no count. The STT of the page's
  // first row travels in the URL (n) beside the cursor.
  const page = await keysetPage({
    keys: KEYS, direction: "asc", after: filter.after, before: filter.before, pageSize: deps?.pageSize ?? PAGE_SIZE, valuesOf: (r: Row) => [r.issuedAt, r.id],
    fetch: (seek, order, take) => db.issuedDocument.findMany({ where: seek ? { AND: [where, seek] } : where, orderBy: [{ issuedAt: order }, { id: order }], take, select: ROW }),
  });
  const offset = page.prev ? Math.max(0, (filter.n ?? 1) - 1) : 0;
  return { items: page.rows.map(toItem), period, next: page.next, prev: page.prev, offset };
}

const KEYS: readonly KeyField[] = [{ field: "issuedAt", kind: "date" }, { field: "id", kind: "string" }];

/** Every document of the filtered register, in the order of issue, in keyset batches on (issuedAt, id) (exports). */
export async function* registerBatches(db: Db, actor: Actor, filter: Omit<TRegisterFilter, "page">, now: Date, batchSize: number): AsyncGenerator<RegisterRow[]> {
  const { where } = registerWhere(actor, filter, now);
  const batches = keysetBatches({
    keys: KEYS, direction: "asc", batchSize, valuesOf: (r: { issuedAt: Date; id: string }) => [r.issuedAt, r.id],
    fetch: (seek, order, take) => db.issuedDocument.findMany({ where: seek ? { AND: [where, seek] } : where, orderBy: [{ issuedAt: order }, { id: order }], take, select: ROW }),
  });
  for await (const rows of batches) yield rows.map((r) => ({ ...r, request: { ...r.request, records: parseRecords(r.request.records) } }));
}
