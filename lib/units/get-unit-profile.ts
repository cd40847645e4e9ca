import { resolveDeps, type Deps } from "@/lib/server/deps";
import { can, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";

export type UnitProfile = {
  id: string;
  code: string;
  name: string;
  kind: string;
  /** Pre-reform units whose registers this unit now holds, grouped by old district. */
  formerUnits: { district: string; province: string; communes: { name: string; mergeType: string }[] }[];
  subunits: { communes: number; wards: number } | null;
};

/**
 * A unit's profile for its home page. The jurisdiction is part of the query: a unit outside it is
 * reported missing, exactly like one that does not exist.
 */
export async function getUnitProfile(actor: Actor, unitId: string, deps?: Deps): Promise<UnitProfile> {
  const { db } = resolveDeps(deps);
  if (!can(actor, "unit.read", unitId)) throw new AppError("NOT_FOUND");
  const unit = await db.unit.findFirst({
    where: { AND: [{ id: unitId }, { id: { in: [...actor.unitIds] } }] },
    select: { id: true, code: true, name: true, kind: true, level: true, path: true },
  });
  if (!unit) throw new AppError("NOT_FOUND");

  const mappings = await db.historicalUnitMapping.findMany({
    where: { unitId: unit.id, historicalUnit: { level: "COMMUNE" } },
    select: { mergeType: true, historicalUnit: { select: { name: true, parentCode: true, provinceCode: true } } },
    orderBy: { historicalUnit: { name: "asc" } },
  });
  const parentCodes = [...new Set(mappings.flatMap((m) => [m.historicalUnit.parentCode ?? "", m.historicalUnit.provinceCode]))];
  const parents = await db.historicalUnit.findMany({
    where: { code: { in: parentCodes }, level: { in: ["DISTRICT", "PROVINCE"] } },
    select: { code: true, level: true, name: true },
  });
  const nameOf = (level: string, code: string | null) => parents.find((p) => p.level === level && p.code === code)?.name ?? "";

  const groups = new Map<string, UnitProfile["formerUnits"][number]>();
  for (const m of mappings) {
    const key = `${m.historicalUnit.provinceCode}/${m.historicalUnit.parentCode}`;
    const group = groups.get(key) ?? {
      district: nameOf("DISTRICT", m.historicalUnit.parentCode),
      province: nameOf("PROVINCE", m.historicalUnit.provinceCode),
      communes: [],
    };
    group.communes.push({ name: m.historicalUnit.name, mergeType: m.mergeType });
    groups.set(key, group);
  }

  let subunits: UnitProfile["subunits"] = null;
  if (unit.level === "PROVINCE") {
    const counts = await db.unit.groupBy({
      by: ["kind"],
      where: { path: { startsWith: unit.path }, level: "COMMUNE", id: { in: [...actor.unitIds] } },
      _count: { _all: true },
    });
    const count = (kind: string) => counts.find((c) => c.kind === kind)?._count._all ?? 0;
    subunits = { communes: count("Xã"), wards: count("Phường") };
  }

  return { id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, formerUnits: [...groups.values()], subunits };
}
