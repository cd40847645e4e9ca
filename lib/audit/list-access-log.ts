import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { resolveDeps, type Deps } from "@/lib/deps";
import { AppError } from "@/lib/errors";
import { filterText } from "@/lib/validation/fields";

export const ZAccessLogFilter = z.object({
  system: z.enum(["CIVIL_REGISTRY", "POPULATION"]).optional().catch(undefined),
  outcome: z.enum(["FOUND", "NOT_FOUND", "REFUSED", "UPSTREAM_FAILURE"]).optional().catch(undefined),
  actor: filterText(80),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TAccessLogFilter = z.infer<typeof ZAccessLogFilter>;

const PAGE_SIZE = 50;

/** The access log of the units in the actor's jurisdiction, newest first. */
export async function listAccessLog(actor: Actor, filter: TAccessLogFilter, deps?: Deps) {
  const { db } = resolveDeps(deps);
  if (!roleCan(actor.role, "accessLog.read")) throw new AppError("NOT_FOUND");
  const where = {
    unitId: { in: [...actor.unitIds] },
    ...(filter.system ? { system: filter.system } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.actor ? { actorLabel: { contains: filter.actor, mode: "insensitive" as const } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.accessLog.count({ where }),
    db.accessLog.findMany({ where, orderBy: [{ at: "desc" }, { chain: "desc" }, { seq: "desc" }], skip: (filter.page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
  ]);
  return { total, rows, page: filter.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
