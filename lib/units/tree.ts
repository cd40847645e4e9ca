import type { Db, Tx } from "@/lib/db/client";

// The unit tree stores each node's materialized path of codes from the root ("/52/23575/"), so a
// subtree is one indexed prefix query and "is A inside B" is a string prefix test. The root has
// depth 0. Codes are digits, letters and "-" (e.g. "52-STP"); "/" would corrupt paths.

const CODE = /^[A-Za-z0-9-]+$/;

/** The path of a child with `code` under a parent path (null for a root): ("/52/", "23575") → "/52/23575/". */
export function childPath(parentPath: string | null, code: string): string {
  if (!CODE.test(code)) throw new Error(`unit code ${JSON.stringify(code)} may not appear in a path`);
  return `${parentPath ?? "/"}${code}/`;
}

/** The codes along a path, root first: "/52/23575/" → ["52", "23575"]. */
export function unitPathCodes(path: string): string[] {
  return path.split("/").filter(Boolean);
}

/** Depth of the node a path names: "/52/" → 0, "/52/23575/" → 1. */
export function pathDepth(path: string): number {
  return unitPathCodes(path).length - 1;
}

/** Whether `path` is `ancestorPath` itself or lies below it. */
export function isWithinPath(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

// Prisma turns startsWith into LIKE without escaping; a "_" or "%" in a stored path would widen a
// jurisdiction to units it does not contain. PostgreSQL's default LIKE escape is the backslash.
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Ids of the unit `rootUnitId` and every unit below it: the set an officer scoped to that node
 * may reach. An unknown root yields an empty list, so a dangling jurisdiction reaches nothing.
 */
export async function subtreeUnitIds(db: Db | Tx, rootUnitId: string): Promise<string[]> {
  const root = await db.unit.findUnique({ where: { id: rootUnitId }, select: { path: true } });
  if (!root) return [];
  const units = await db.unit.findMany({
    where: { path: { startsWith: escapeLike(root.path) } },
    select: { id: true },
    orderBy: { path: "asc" },
  });
  return units.map((u) => u.id);
}
