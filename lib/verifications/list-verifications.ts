import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { parseRecords } from "@/lib/copies/records";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { VerificationStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TVerificationFilter } from "@/lib/verifications/schemas";
import { answerWhere, sentWhere } from "@/lib/verifications/scope";
import { pageCountOf, type OffsetPage } from "@/lib/pagination/offset";

const PAGE_SIZE = 50;

export type VerificationListItem = {
  id: string; recordId: string; recordType: string; status: VerificationStatus; quality: string; duplicateOf: string | null;
  subjectName: string | null; askedAt: Date; answeredAt: Date | null;
  askingUnit: { name: string }; holdingUnit: { name: string }; request: { id: string; receiptNumber: string };
};

export type VerificationList = OffsetPage<VerificationListItem> & {
  /** Per status, in the chosen box. */
  counts: Partial<Record<VerificationStatus, number>>;
  /** Pending questions waiting for the actor's units (the inbox) and asked by them (sent). */
  pending: { inbox: number; sent: number };
};

/** The box of the actor: questions to answer (inbox) or asked (sent), pending first then newest; scope in the query. */
export async function listVerifications(actor: Actor, filter: TVerificationFilter, deps?: Deps): Promise<VerificationList> {
  const { db } = resolveDeps(deps);
  const scope = filter.box === "inbox" ? answerWhere(actor) : sentWhere(actor);
  const where: Prisma.RecordVerificationWhereInput = { AND: [scope, filter.status ? { status: filter.status } : {}] };
  const [grouped, inbox, sent, total] = await Promise.all([
    db.recordVerification.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
    db.recordVerification.count({ where: { AND: [answerWhere(actor), { status: "PENDING" }] } }),
    db.recordVerification.count({ where: { AND: [sentWhere(actor), { status: "PENDING" }] } }),
    db.recordVerification.count({ where }),
  ]);
  const pageCount = pageCountOf(total, PAGE_SIZE);
  const page = Math.min(filter.page, pageCount);
  const rows = await db.recordVerification.findMany({
    where,
    orderBy: [{ status: "asc" }, { askedAt: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true, recordId: true, recordType: true, status: true, quality: true, duplicateOf: true, askedAt: true, answeredAt: true,
      askingUnit: { select: { name: true } }, holdingUnit: { select: { name: true } }, request: { select: { id: true, receiptNumber: true, records: true } },
    },
  });
  const items = rows.map(({ request: { records, ...request }, ...r }) => ({
    ...r, request, subjectName: parseRecords(records).find((x) => x.recordId === r.recordId)?.subjectName ?? null,
  }));
  return { items, counts: Object.fromEntries(grouped.map((g) => [g.status, g._count._all])), pending: { inbox, sent }, total, page, pageCount };
}

/** Questions waiting for the actor's answer (the menu's badge). */
export async function countPendingForActor(actor: Actor, deps?: Deps): Promise<number> {
  const { db } = resolveDeps(deps);
  return db.recordVerification.count({ where: { AND: [answerWhere(actor), { status: "PENDING" }] } });
}
