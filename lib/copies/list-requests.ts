import "server-only";
import { scopeWhere, type Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { isOverdue, OPEN_STATUSES } from "@/lib/copies/due-time";
import { displayStatus, displayStatusWhere, NOT_REVOKED_WHERE, REVOKED_WHERE, type DisplayStatus } from "@/lib/copies/display-status";
import type { TRequestFilter } from "@/lib/copies/schemas";
import { pageCountOf, type OffsetPage } from "@/lib/pagination/offset";

const PAGE_SIZE = 50;
const ROW = {
  id: true, kind: true, channel: true, status: true, receiptNumber: true, requesterName: true, subjectName: true, registeredElsewhere: true,
  copies: true, feeTotal: true, receivedAt: true, dueAt: true, issuedAt: true, unit: { select: { code: true, name: true } },
  // Filed by the provincial TTHC system (POST /api/v1/copy-requests): its badge and dossier code.
  dossierCode: true, apiClient: { select: { name: true } },
  documents: { select: { revokedAt: true }, orderBy: { issuedAt: "desc" }, take: 1 },
} as const satisfies Prisma.CivilRequestSelect;

export type RequestRow = Omit<Prisma.CivilRequestGetPayload<{ select: typeof ROW }>, "documents"> & { displayStatus: DisplayStatus; isOverdue: boolean };
export type RequestList = OffsetPage<RequestRow> & {
  /** Per status as shown (revoked apart), under the other filters (kind, unit, search), for the status tabs. */
  counts: Partial<Record<DisplayStatus, number>>;
  overdue: number;
};

/** The status a role works on first: signers see what waits for their signature at the top. */
export function priorityStatus(role: Actor["role"]): RequestStatus | null {
  return role === "COMMUNE_SIGNER" ? "PREPARED" : null;
}

/**
 * The requests of the actor's jurisdiction (scope in the query), filtered by kind, status, overdue,
 * unit and a search on receipt number or names. Ordered by workflow stage, then due time, with the
 * role's priority status (signers: "Chờ ký") first.
 */
export async function listRequests(actor: Actor, filter: TRequestFilter, deps?: Deps): Promise<RequestList> {
  const { db, now } = resolveDeps(deps);
  const base: Prisma.CivilRequestWhereInput = {
    ...scopeWhere(actor, "copy.read"),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.unit ? { unit: { code: filter.unit } } : {}),
    ...(filter.q
      ? { OR: [{ receiptNumber: { contains: filter.q, mode: "insensitive" } }, { dossierCode: { contains: filter.q, mode: "insensitive" } }, { requesterName: { contains: filter.q, mode: "insensitive" } }, { subjectName: { contains: filter.q, mode: "insensitive" } }] }
      : {}),
  };
  // A request whose document was revoked goes no further: closed, never overdue.
  const overdueWhere: Prisma.CivilRequestWhereInput = { status: { in: [...OPEN_STATUSES] }, dueAt: { lt: now }, ...NOT_REVOKED_WHERE };
  const where: Prisma.CivilRequestWhereInput = {
    ...base,
    AND: [displayStatusWhere(filter.status), filter.overdue ? overdueWhere : {}],
  };
  const closedOnly = filter.status === "DELIVERED" || filter.status === "REFUSED" || filter.status === "REVOKED";
  const orderBy: Prisma.CivilRequestOrderByWithRelationInput[] = closedOnly ? [{ receivedAt: "desc" }] : [{ status: "asc" }, { dueAt: "asc" }];

  const prio = filter.status ? null : priorityStatus(actor.role);
  const start = (filter.page - 1) * PAGE_SIZE;
  const [total, grouped, revoked, overdue, prioCount] = await Promise.all([
    db.civilRequest.count({ where }),
    db.civilRequest.groupBy({ by: ["status"], where: { ...base, ...NOT_REVOKED_WHERE }, _count: { _all: true } }),
    db.civilRequest.count({ where: { ...base, ...REVOKED_WHERE } }),
    db.civilRequest.count({ where: { ...base, ...overdueWhere } }),
    prio ? db.civilRequest.count({ where: { AND: [where, { status: prio }] } }) : Promise.resolve(0),
  ]);
  // The priority status's rows fill the first pages; the rest follow in the usual order.
  const first = prio && start < prioCount ? await db.civilRequest.findMany({ where: { AND: [where, { status: prio }] }, orderBy: { dueAt: "asc" }, skip: start, take: PAGE_SIZE, select: ROW }) : [];
  const rest =
    first.length < PAGE_SIZE
      ? await db.civilRequest.findMany({
          where: prio ? { AND: [where, { status: { not: prio } }] } : where,
          orderBy,
          skip: Math.max(0, start - prioCount),
          take: PAGE_SIZE - first.length,
          select: ROW,
        })
      : [];
  const counts: Partial<Record<DisplayStatus, number>> = { REVOKED: revoked };
  for (const g of grouped) counts[g.status] = g._count._all;
  return {
    items: [...first, ...rest].map(({ documents, ...r }) => {
      const shown = displayStatus(r, documents[0]);
      return { ...r, displayStatus: shown, isOverdue: shown !== "REVOKED" && isOverdue(r, now) };
    }),
    total,
    page: filter.page,
    pageCount: pageCountOf(total, PAGE_SIZE),
    counts,
    overdue,
  };
}
