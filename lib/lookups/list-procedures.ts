import { resolveDeps, type Deps } from "@/lib/server/deps";

export type ProcedureOption = { code: string; name: string; sector: string; papers: { code: string; name: string }[] };

/** The active procedure catalogue with the papers each needs, for the purpose form. */
export async function listProcedures(deps?: Deps): Promise<ProcedureOption[]> {
  const { db } = resolveDeps(deps);
  const rows = await db.procedure.findMany({
    where: { active: true },
    orderBy: [{ sector: "asc" }, { code: "asc" }],
    select: { code: true, name: true, sector: true, papers: { select: { paper: { select: { code: true, name: true, sortOrder: true } } } } },
  });
  return rows.map((p) => ({
    code: p.code,
    name: p.name,
    sector: p.sector,
    papers: p.papers.map((x) => x.paper).sort((a, b) => a.sortOrder - b.sortOrder).map(({ code, name }) => ({ code, name })),
  }));
}
