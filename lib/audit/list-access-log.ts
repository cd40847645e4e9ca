import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { filterText } from "@/lib/validation/fields";
import { keysetBatches, keysetPage, ZCursorFields, type KeyField } from "@/lib/pagination/keyset";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ACCESS_LOG_SYSTEM_VALUES } from "@/lib/adapters/systems";

export const ZAccessLogFilter = z.object({
  system: z.enum(ACCESS_LOG_SYSTEM_VALUES).optional().catch(undefined),
  outcome: z.enum(["FOUND", "NOT_FOUND", "REFUSED", "UPSTREAM_FAILURE"]).optional().catch(undefined),
  actor: filterText(80),
  ...ZCursorFields,
});
export type TAccessLogFilter = z.infer<typeof ZAccessLogFilter>;
/** The filter without its position: what an export of "the filtered rows" keeps. */
export type TAccessLogListFilter = Omit<TAccessLogFilter, "after" | "before">;

export const ACCESS_LOG_PAGE_SIZE = 50;
/** The display order, newest first across chains: (at, chain, seq) is unique (the table's key). */
const KEYS: readonly KeyField[] = [{ field: "at", kind: "date" }, { field: "chain", kind: "int" }, { field: "seq", kind: "bigint" }];
type KeyRow = { at: Date; chain: number; seq: bigint };
const valuesOf = (r: KeyRow) => [r.at, r.chain, r.seq];
const ORDER = (o: "asc" | "desc") => [{ at: o }, { chain: o }, { seq: o }] as const;

/** The rows of the actor's jurisdiction matching the filter (the scope is in the query). */
export function accessLogWhere(actor: Actor, filter: TAccessLogListFilter): Prisma.AccessLogWhereInput {
  if (!roleCan(actor.role, "accessLog.read")) throw new AppError("NOT_FOUND");
  return {
    unitId: { in: [...actor.unitIds] },
    ...(filter.system ? { system: filter.system } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.actor ? { actorLabel: { contains: filter.actor, mode: "insensitive" as const } } : {}),
  };
}

/**
 * The access log of the units in the actor's jurisdiction, newest first, one page by keyset on
 * (at, chain, seq): `next`/`prev` are the cursors of the neighbouring pages. No count: over
 * millions of rows it would cost more than the page.
 */
export async function listAccessLog(actor: Actor, filter: TAccessLogFilter, deps?: Deps & { pageSize?: number }) {
  const { db } = resolveDeps(deps);
  const where = accessLogWhere(actor, filter);
  return keysetPage({
    keys: KEYS, direction: "desc", after: filter.after, before: filter.before, pageSize: deps?.pageSize ?? ACCESS_LOG_PAGE_SIZE, valuesOf,
    fetch: (seek, order, take) => db.accessLog.findMany({ where: seek ? { AND: [where, seek] } : where, orderBy: [...ORDER(order)], take }),
  });
}

/** Every filtered row of the jurisdiction, newest first, in keyset batches (exports). */
export function accessLogBatches(db: Db, actor: Actor, filter: TAccessLogListFilter, batchSize: number) {
  const where = accessLogWhere(actor, filter);
  return keysetBatches({
    keys: KEYS, direction: "desc", batchSize, valuesOf,
    fetch: (seek, order, take) => db.accessLog.findMany({ where: seek ? { AND: [where, seek] } : where, orderBy: [...ORDER(order)], take }),
  });
}

/** How many rows an export of the filter holds. */
export function countAccessLog(db: Db, actor: Actor, filter: TAccessLogListFilter): Promise<number> {
  return db.accessLog.count({ where: accessLogWhere(actor, filter) });
}
