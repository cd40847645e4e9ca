import { z } from "zod";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { roleCan } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { SecurityEventType } from "@/lib/generated/prisma/enums";
import { filterText } from "@/lib/validation/fields";
import { pageCountOf } from "@/lib/pagination/offset";

export const ZSecurityEventFilter = z.object({
  type: z.enum(Object.values(SecurityEventType) as [SecurityEventType, ...SecurityEventType[]]).optional().catch(undefined),
  username: filterText(64),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type TSecurityEventFilter = z.infer<typeof ZSecurityEventFilter>;

export const SECURITY_EVENTS_PAGE_SIZE = 50;

/** The security log for administrators, newest first, filtered and paged. */
export async function listSecurityEvents(actor: Actor, filter: TSecurityEventFilter, deps?: Deps) {
  const { db } = resolveDeps(deps);
  if (!roleCan(actor.role, "securityLog.read")) throw new AppError("NOT_FOUND");
  const where = {
    ...(filter.type ? { type: filter.type } : {}),
    ...(filter.username ? { username: { contains: filter.username.toLowerCase() } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.securityEvent.count({ where }),
    db.securityEvent.findMany({
      where,
      orderBy: { at: "desc" },
      skip: (filter.page - 1) * SECURITY_EVENTS_PAGE_SIZE,
      take: SECURITY_EVENTS_PAGE_SIZE,
      select: { id: true, at: true, type: true, username: true, ip: true, userAgent: true, detail: true },
    }),
  ]);
  return { total, rows, page: filter.page, pageCount: pageCountOf(total, SECURITY_EVENTS_PAGE_SIZE) };
}
