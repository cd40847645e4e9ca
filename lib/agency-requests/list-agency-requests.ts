import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgencyRequestStatus } from "@/lib/generated/prisma/enums";
import { getSetting } from "@/lib/settings/settings";
import { dueFlag, dueSoonLimit, OPEN_AGENCY_STATUSES, type DueFlag } from "@/lib/agency-requests/deadlines";
import { agencyRequestScope } from "@/lib/agency-requests/scope";
import type { TListFilter } from "@/lib/agency-requests/schemas";
import { pageCountOf, type OffsetPage } from "@/lib/pagination/offset";

const PAGE_SIZE = 50;
const ROW = {
  id: true, code: true, status: true, letterNumber: true, letterDate: true, receivedAt: true, dueAt: true, answeredAt: true, version: true,
  agency: { select: { name: true } }, handlingUnit: { select: { code: true, name: true } }, _count: { select: { people: true } },
} as const satisfies Prisma.AgencyRequestSelect;

export type AgencyRequestRow = Prisma.AgencyRequestGetPayload<{ select: typeof ROW }> & { flag: DueFlag };
export type AgencyRequestList = OffsetPage<AgencyRequestRow> & {
  counts: Partial<Record<AgencyRequestStatus, number>>;
  overdue: number;
  dueSoon: number;
};

/**
 * The requests the actor may see (scope from the actor, in the query: an agency its own, Sở Tư pháp
 * all, a handler those of its units), filtered by status, due-soon / overdue and a search on the code
 * or letter number, open ones first by deadline.
 */
export async function listAgencyRequests(actor: Actor, filter: TListFilter, deps?: Deps): Promise<AgencyRequestList> {
  const { db, now } = resolveDeps(deps);
  const [settings, hours, scope] = await Promise.all([getSetting(db, "agencyRequests"), getSetting(db, "serviceHours"), agencyRequestScope(db, actor)]);
  const base: Prisma.AgencyRequestWhereInput = {
    AND: [scope, filter.unit ? { handlingUnit: { code: filter.unit } } : {}, filter.q ? { OR: [{ code: { contains: filter.q, mode: "insensitive" } }, { letterNumber: { contains: filter.q, mode: "insensitive" } }] } : {}],
  };
  const open = { status: { in: [...OPEN_AGENCY_STATUSES] } };
  const overdueWhere: Prisma.AgencyRequestWhereInput = { ...open, dueAt: { lt: now } };
  const dueSoonWhere: Prisma.AgencyRequestWhereInput = { ...open, dueAt: { gte: now, lte: dueSoonLimit(now, settings, hours) } };
  const where: Prisma.AgencyRequestWhereInput = {
    AND: [base, filter.status ? { status: filter.status } : {}, filter.flag === "overdue" ? overdueWhere : filter.flag === "dueSoon" ? dueSoonWhere : {}],
  };
  const page = filter.page ?? 1;
  const [total, grouped, overdue, dueSoon, items] = await Promise.all([
    db.agencyRequest.count({ where }),
    db.agencyRequest.groupBy({ by: ["status"], where: base, _count: { _all: true } }),
    db.agencyRequest.count({ where: { AND: [base, overdueWhere] } }),
    db.agencyRequest.count({ where: { AND: [base, dueSoonWhere] } }),
    db.agencyRequest.findMany({ where, orderBy: [{ status: "asc" }, { dueAt: "asc" }, { receivedAt: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: ROW }),
  ]);
  const counts: Partial<Record<AgencyRequestStatus, number>> = {};
  for (const g of grouped) counts[g.status] = g._count._all;
  return {
    items: items.map((r) => ({ ...r, flag: dueFlag(r, now, settings, hours.holidays) })),
    total, page, pageCount: pageCountOf(total, PAGE_SIZE), counts, overdue, dueSoon,
  };
}

/** For the handler's home page: open requests of the actor's reach that are late or due soon. */
export async function agencyRequestReminders(actor: Actor, deps?: Deps): Promise<{ items: AgencyRequestRow[]; overdue: number; dueSoon: number; open: number }> {
  const { db, now } = resolveDeps(deps);
  const list = await listAgencyRequests(actor, {}, deps);
  const [settings, hours] = await Promise.all([getSetting(db, "agencyRequests"), getSetting(db, "serviceHours")]);
  const open = list.items.filter((r) => (OPEN_AGENCY_STATUSES as readonly string[]).includes(r.status));
  const flagged = open.filter((r) => dueFlag(r, now, settings, hours.holidays)).slice(0, 5);
  return { items: flagged, overdue: list.overdue, dueSoon: list.dueSoon, open: (list.counts.SUBMITTED ?? 0) + (list.counts.ACCEPTED ?? 0) };
}
