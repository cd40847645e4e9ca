import "server-only";
import { resolveDeps, type Deps } from "@/lib/server/deps";
import { UnitLevel } from "@/lib/generated/prisma/enums";

/** The current communes and wards a request can be assigned to (the 135 since 1 July 2025), by name. */
export async function listAssignableCommunes(deps?: Deps): Promise<{ code: string; name: string }[]> {
  const { db } = resolveDeps(deps);
  const rows = await db.unit.findMany({ where: { level: UnitLevel.COMMUNE, active: true }, select: { code: true, name: true } });
  return rows.sort((a, b) => a.name.localeCompare(b.name, "vi"));
}
