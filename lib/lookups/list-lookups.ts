import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { resolveDeps, type Deps } from "@/lib/deps";
import { AppError } from "@/lib/errors";
import { parseVnDate } from "@/lib/dates";
import { filterCode, filterText } from "@/lib/validation/fields";

export const ZLookupFilter = z.object({
  outcome: z.enum(["FOUND", "NOT_FOUND", "REFUSED", "UPSTREAM_FAILURE"]).optional().catch(undefined),
  unit: filterCode(),
  /** dd/MM/yyyy, Vietnam days (the dashboard's figures link here with their month). */
  from: filterText(10),
  to: filterText(10),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type TLookupFilter = z.infer<typeof ZLookupFilter>;

const PAGE_SIZE = 50;
const dayStart = (s?: string) => {
  const iso = s ? parseVnDate(s, { allowPartial: false }) : null;
  return iso ? new Date(`${iso}T00:00:00+07:00`) : undefined;
};

/**
 * Lookup history. A commune officer sees their own lookups; a signer their unit's; Sở Tư pháp every
 * unit's — always within the jurisdiction, in the query.
 */
export async function listLookups(actor: Actor, filter: TLookupFilter, deps?: Deps) {
  const { db } = resolveDeps(deps);
  if (!roleCan(actor.role, "dossier.read")) throw new AppError("NOT_FOUND");
  const to = dayStart(filter.to);
  const where = {
    unitId: { in: [...actor.unitIds] },
    createdAt: { gte: dayStart(filter.from), lt: to ? new Date(to.getTime() + 86_400_000) : undefined },
    ...(actor.role === "COMMUNE_OFFICER" ? { userId: actor.userId } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.unit ? { unit: { code: filter.unit } } : {}),
  };
  const [total, items] = await Promise.all([
    db.lookup.count({ where }),
    db.lookup.findMany({
      where,
      orderBy: { createdAt: "desc" },
      skip: (filter.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, createdAt: true, source: true, purposeKind: true, purposeRef: true, queryKind: true, outcome: true, resultCount: true, replacesPapers: true,
        unit: { select: { code: true, name: true } },
        user: { select: { username: true, fullName: true } },
        apiClient: { select: { name: true } },
        dossier: { select: { code: true, procedure: { select: { name: true } } } },
      },
    }),
  ]);
  return { total, items, page: filter.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
