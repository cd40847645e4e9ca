import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { parseVnDate } from "@/lib/text/dates";
import { filterCode, filterText } from "@/lib/validation/fields";
import { keysetBatches, keysetPage, ZCursorFields, type KeyField } from "@/lib/pagination/keyset";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ZLookupFilter = z.object({
  outcome: z.enum(["FOUND", "NOT_FOUND", "REFUSED", "UPSTREAM_FAILURE"]).optional().catch(undefined),
  unit: filterCode(),
  /** dd/MM/yyyy, Vietnam days (the dashboard's figures link here with their month). */
  from: filterText(10),
  to: filterText(10),
  ...ZCursorFields,
});
export type TLookupFilter = z.infer<typeof ZLookupFilter>;
export type TLookupListFilter = Omit<TLookupFilter, "after" | "before">;

export const LOOKUPS_PAGE_SIZE = 50;
const dayStart = (s?: string) => {
  const iso = s ? parseVnDate(s, { allowPartial: false }) : null;
  return iso ? new Date(`${iso}T00:00:00+07:00`) : undefined;
};
/** Newest first; (createdAt, id) is unique (the partitioned table's key). */
const KEYS: readonly KeyField[] = [{ field: "createdAt", kind: "date" }, { field: "id", kind: "string" }];
const valuesOf = (r: { createdAt: Date; id: string }) => [r.createdAt, r.id];
const ORDER = (o: "asc" | "desc") => [{ createdAt: o }, { id: o }] as const;

export const LOOKUP_ROW = {
  id: true, createdAt: true, source: true, purposeKind: true, purposeRef: true, queryKind: true, outcome: true, resultCount: true, replacesPapers: true,
  unit: { select: { code: true, name: true } },
  user: { select: { username: true, fullName: true } },
  apiClient: { select: { name: true } },
  dossier: { select: { code: true, procedure: { select: { name: true } } } },
} as const satisfies Prisma.LookupSelect;

/**
 * Who sees which lookups: a commune officer their own; a signer their unit's; Sở Tư pháp every
 * unit's — always within the jurisdiction, in the query.
 */
export function lookupWhere(actor: Actor, filter: TLookupListFilter): Prisma.LookupWhereInput {
  if (!roleCan(actor.role, "dossier.read")) throw new AppError("NOT_FOUND");
  const to = dayStart(filter.to);
  return {
    unitId: { in: [...actor.unitIds] },
    createdAt: { gte: dayStart(filter.from), lt: to ? new Date(to.getTime() + 86_400_000) : undefined },
    ...(actor.role === "COMMUNE_OFFICER" ? { userId: actor.userId } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.unit ? { unit: { code: filter.unit } } : {}),
  };
}

const fetcher = (db: Db, where: Prisma.LookupWhereInput) => (seek: Record<string, unknown> | undefined, order: "asc" | "desc", take: number) =>
  db.lookup.findMany({ where: seek ? { AND: [where, seek] } : where, orderBy: [...ORDER(order)], take, select: LOOKUP_ROW });

/** Lookup history, newest first, one page by keyset on (createdAt, id); no count. */
export async function listLookups(actor: Actor, filter: TLookupFilter, deps?: Deps & { pageSize?: number }) {
  const { db } = resolveDeps(deps);
  const page = await keysetPage({
    keys: KEYS, direction: "desc", after: filter.after, before: filter.before, pageSize: deps?.pageSize ?? LOOKUPS_PAGE_SIZE, valuesOf,
    fetch: fetcher(db, lookupWhere(actor, filter)),
  });
  return { items: page.rows, next: page.next, prev: page.prev };
}

/** Every filtered lookup of the jurisdiction, newest first, in keyset batches (exports). */
export function lookupBatches(db: Db, actor: Actor, filter: TLookupListFilter, batchSize: number) {
  return keysetBatches({ keys: KEYS, direction: "desc", batchSize, valuesOf, fetch: fetcher(db, lookupWhere(actor, filter)) });
}

export function countLookups(db: Db, actor: Actor, filter: TLookupListFilter): Promise<number> {
  return db.lookup.count({ where: lookupWhere(actor, filter) });
}
