import { z } from "zod";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/actor";
import { filterText } from "@/lib/validation/fields";
import { pageCountOf } from "@/lib/pagination/offset";

export const ZAdminAuditFilter = z.object({
  targetType: z.enum(["user", "grant", "apiClient", "setting", "procedure"]).optional().catch(undefined),
  actor: filterText(64),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type TAdminAuditFilter = z.infer<typeof ZAdminAuditFilter>;
const PAGE_SIZE = 50;

/** The administrative audit log, newest first, filtered and paged. */
export async function listAdminAudit(actor: Actor, filter: TAdminAuditFilter, deps?: Deps) {
  const { db } = resolveDeps(deps);
  assertCan(actor, "securityLog.read");
  const where = {
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    ...(filter.actor ? { actorUsername: { contains: filter.actor.toLowerCase() } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.adminAudit.count({ where }),
    db.adminAudit.findMany({ where, orderBy: { id: "desc" }, skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  return { total, rows, page: filter.page, pageCount: pageCountOf(total, PAGE_SIZE) };
}
