import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { roleCan } from "@/lib/auth/permissions";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { AppError } from "@/lib/errors/app-error";
import { parseVnDate } from "@/lib/text/dates";
import { formatDateTime } from "@/lib/text/format";
import { PAPERS } from "@/lib/lookups/papers";
import { filterCode, filterText } from "@/lib/validation/fields";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { keysetBatches, keysetPage, ZCursorFields, type KeyField } from "@/lib/pagination/keyset";

export const ZDossierFilter = z.object({
  unit: filterCode(),
  procedure: filterCode(),
  code: filterText(50),
  from: filterText(10),
  to: filterText(10),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
  ...ZCursorFields,
});
export type TDossierFilter = z.infer<typeof ZDossierFilter>;

export type DossierRow = {
  id: string;
  code: string;
  unit: { code: string; name: string };
  procedure: { code: string; name: string };
  createdAt: Date;
  lookups: number;
  found: number;
  papersCut: string[];
};

const PAGE_SIZE = 50;
/** A CSV export holds at most this many dossiers; narrow the filters for more. */
export const EXPORT_LIMIT = 100_000;
const dayStart = (s?: string) => (s && parseVnDate(s, { allowPartial: false }) ? new Date(`${parseVnDate(s, { allowPartial: false })}T00:00:00+07:00`) : undefined);

const DOSSIER_ROW = {
  id: true, code: true, createdAt: true,
  unit: { select: { code: true, name: true } },
  procedure: { select: { code: true, name: true } },
  lookups: { select: { outcome: true, replacesPapers: true } },
} as const satisfies Prisma.DossierSelect;

function toDossierRow(d: Prisma.DossierGetPayload<{ select: typeof DOSSIER_ROW }>): DossierRow {
  return {
    id: d.id, code: d.code, unit: d.unit, procedure: d.procedure, createdAt: d.createdAt,
    lookups: d.lookups.length,
    found: d.lookups.filter((l) => l.outcome === "FOUND").length,
    papersCut: [...new Set(d.lookups.filter((l) => l.outcome === "FOUND").flatMap((l) => l.replacesPapers))],
  };
}

/** The dossiers of the filter in the actor's jurisdiction (scope in the query). */
export function dossierWhere(actor: Actor, filter: Omit<TDossierFilter, "page">): Prisma.DossierWhereInput {
  if (!roleCan(actor.role, "dossier.read")) throw new AppError("NOT_FOUND");
  const to = dayStart(filter.to);
  return {
    unitId: { in: [...actor.unitIds] },
    ...(filter.unit ? { unit: { code: filter.unit } } : {}),
    ...(filter.procedure ? { procedure: { code: filter.procedure } } : {}),
    ...(filter.code ? { code: { contains: filter.code, mode: "insensitive" as const } } : {}),
    createdAt: { gte: dayStart(filter.from), lt: to ? new Date(to.getTime() + 86_400_000) : undefined },
  };
}

const KEYS: readonly KeyField[] = [{ field: "createdAt", kind: "date" }, { field: "id", kind: "string" }];

/** One keyset step over the dossiers `where` selects, newest first (the list's pages and the exports' batches). */
function dossierFetch(db: Db, where: Prisma.DossierWhereInput) {
  return (seek: Record<string, unknown> | undefined, order: "asc" | "desc", take: number) =>
    db.dossier.findMany({ where: seek ? { AND: [where, seek] } : where, orderBy: [{ createdAt: order }, { id: order }], take, select: DOSSIER_ROW });
}

/** Every filtered dossier, newest first, in keyset batches on (createdAt, id) (exports). */
export async function* dossierBatches(actor: Actor, filter: Omit<TDossierFilter, "page">, batchSize: number, deps?: Deps): AsyncGenerator<DossierRow[]> {
  const fetch = dossierFetch(resolveDeps(deps).db, dossierWhere(actor, filter));
  const batches = keysetBatches({ keys: KEYS, direction: "desc", batchSize, valuesOf: (r: { createdAt: Date; id: string }) => [r.createdAt, r.id], fetch });
  for await (const rows of batches) yield rows.map(toDossierRow);
}

const PAPER_NAMES = new Map<string, string>(PAPERS.map((p) => [p.code, p.name]));

/** A dossier as a line of the CSV and spreadsheet exports (their headings: lookupsTexts.dossiers.csvHeadings). */
export function dossierCells(d: DossierRow): (string | number)[] {
  return [d.code, d.unit.code, d.unit.name, d.procedure.code, d.procedure.name, formatDateTime(d.createdAt), d.lookups, d.found, d.papersCut.map((p) => PAPER_NAMES.get(p) ?? p).join("; ")];
}

/**
 * The dossiers of the units in the actor's jurisdiction, with their lookups and the papers they
 * cut (a paper counts as cut when a lookup that named it found the record). Scope is in the query.
 */
export async function listDossiers(actor: Actor, filter: TDossierFilter, deps?: Deps & { all?: boolean; pageSize?: number }) {
  const { db } = resolveDeps(deps);
  const fetch = dossierFetch(db, dossierWhere(actor, filter));
  if (deps?.all) return { items: (await fetch(undefined, "desc", EXPORT_LIMIT)).map(toDossierRow), next: null, prev: null };
  // Newest first, one page by keyset on (createdAt, id); no count.
  const page = await keysetPage({ keys: KEYS, direction: "desc", after: filter.after, before: filter.before, pageSize: deps?.pageSize ?? PAGE_SIZE, valuesOf: (r: { createdAt: Date; id: string }) => [r.createdAt, r.id], fetch });
  return { items: page.rows.map(toDossierRow), next: page.next, prev: page.prev };
}
