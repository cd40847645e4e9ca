import type { Tx } from "@/lib/db/client";
import { UnitLevel } from "@/lib/generated/prisma/enums";
import { buildHistoricalUnits, loadReferenceData, type ReferenceData } from "@/lib/units/data";
import { childPath, pathDepth } from "@/lib/units/tree";

/** The province node: the new Tỉnh Gia Lai carries the old Bình Định code 52 (Công văn 915/CTK-CSCL). */
export const PROVINCE_CODE = "52";
export const PROVINCE_NAME = "Tỉnh Gia Lai";
/** Sở Tư pháp: the province's focal point for civil status, and the office of provincial officers and administrators. */
export const DEPARTMENT_OF_JUSTICE_CODE = "52-STP";

/** Rows created, updated (because the data changed) and deleted, per table. */
export interface ImportCounts {
  units: { created: number; updated: number };
  historicalUnits: { created: number; updated: number };
  mappings: { created: number; updated: number; deleted: number };
}

type UnitSpec = { code: string; name: string; kind: string; level: UnitLevel; parentCode: string | null };

/**
 * Brings the reference units up to the shipped data: the province, Sở Tư pháp, the 135 communes,
 * the pre-reform provinces/districts/communes and their mappings to current communes.
 * Idempotent: missing rows are bulk-inserted, drifted rows updated one by one and nothing else is
 * written, so a second run changes nothing (not even updatedAt). `active` is never touched: it is
 * the administrators' to set.
 */
export async function importReferenceUnits(tx: Tx, data: ReferenceData = loadReferenceData()): Promise<ImportCounts> {
  const units = await syncUnits(tx, [
    { code: PROVINCE_CODE, name: PROVINCE_NAME, kind: "Tỉnh", level: UnitLevel.PROVINCE, parentCode: null },
    { code: DEPARTMENT_OF_JUSTICE_CODE, name: "Sở Tư pháp tỉnh Gia Lai", kind: "Sở", level: UnitLevel.DEPARTMENT, parentCode: PROVINCE_CODE },
    ...data.communes.map((c) => ({ ...c, level: UnitLevel.COMMUNE, parentCode: PROVINCE_CODE })),
  ]);
  const historical = await syncHistorical(tx, data);
  return { units, ...historical };
}

/** Parents must precede their children in `specs`; each parent level is written before the next. */
async function syncUnits(tx: Tx, specs: UnitSpec[]): Promise<ImportCounts["units"]> {
  const counts = { created: 0, updated: 0 };
  const byCode = new Map((await tx.unit.findMany({ where: { code: { in: specs.map((s) => s.code) } } })).map((u) => [u.code, u]));
  // Group by parent so a whole level goes in with one createMany once its parent's id is known.
  const parents = [...new Set(specs.map((s) => s.parentCode))];
  for (const parentCode of parents) {
    const parent = parentCode === null ? null : byCode.get(parentCode);
    if (parentCode !== null && !parent) throw new Error(`unit ${parentCode} must be imported before its children`);
    const rows = specs
      .filter((s) => s.parentCode === parentCode)
      .map(({ parentCode: _, ...s }) => {
        const path = childPath(parent?.path ?? null, s.code);
        return { ...s, parentId: parent?.id ?? null, path, depth: pathDepth(path) };
      });
    const missing = rows.filter((r) => !byCode.has(r.code));
    if (missing.length) counts.created += (await tx.unit.createMany({ data: missing, skipDuplicates: true })).count;
    for (const row of rows) {
      const have = byCode.get(row.code);
      const differs = have && (Object.keys(row) as (keyof typeof row)[]).some((k) => have[k] !== row[k]);
      if (have && differs) {
        await tx.unit.update({ where: { id: have.id }, data: row });
        counts.updated++;
      }
    }
    for (const u of await tx.unit.findMany({ where: { code: { in: rows.map((r) => r.code) } } })) byCode.set(u.code, u);
  }
  return counts;
}

const sameDate = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

async function syncHistorical(tx: Tx, data: ReferenceData): Promise<Omit<ImportCounts, "units">> {
  const specs = buildHistoricalUnits(data.formerCommunes);
  const key = (u: { level: string; code: string }) => `${u.level}:${u.code}`;
  const existing = new Map((await tx.historicalUnit.findMany()).map((h) => [key(h), h]));
  const rows = specs.map(({ successors: _, ...row }) => row);

  const missing = rows.filter((r) => !existing.has(key(r)));
  const created = missing.length ? (await tx.historicalUnit.createMany({ data: missing, skipDuplicates: true })).count : 0;
  let updated = 0;
  for (const row of rows) {
    const have = existing.get(key(row));
    if (!have) continue;
    const differs =
      have.name !== row.name || have.kind !== row.kind || have.parentCode !== row.parentCode ||
      have.provinceCode !== row.provinceCode || have.normalizedName !== row.normalizedName ||
      !sameDate(have.validFrom, row.validFrom) || !sameDate(have.validTo, row.validTo);
    if (differs) {
      await tx.historicalUnit.update({ where: { id: have.id }, data: row });
      updated++;
    }
  }

  const ids = new Map((await tx.historicalUnit.findMany({ select: { id: true, level: true, code: true } })).map((h) => [key(h), h.id]));
  const communeIds = new Map(
    (await tx.unit.findMany({ where: { level: UnitLevel.COMMUNE }, select: { id: true, code: true } })).map((u) => [u.code, u.id]),
  );
  const desired = specs.flatMap((s) =>
    s.successors.map((t) => {
      const unitId = communeIds.get(t.code);
      const historicalUnitId = ids.get(key(s));
      if (!unitId || !historicalUnitId) throw new Error(`cannot map historical unit ${s.code} to current commune ${t.code}`);
      return { historicalUnitId, unitId, mergeType: t.mergeType };
    }),
  );
  const managed = [...new Set(desired.map((d) => d.historicalUnitId))];
  const current = await tx.historicalUnitMapping.findMany({ where: { historicalUnitId: { in: managed } } });
  const pair = (m: { historicalUnitId: string; unitId: string }) => `${m.historicalUnitId}|${m.unitId}`;
  const have = new Map(current.map((m) => [pair(m), m]));
  const want = new Set(desired.map(pair));

  const toCreate = desired.filter((d) => !have.has(pair(d)));
  const mappings = { created: 0, updated: 0, deleted: 0 };
  if (toCreate.length) mappings.created = (await tx.historicalUnitMapping.createMany({ data: toCreate, skipDuplicates: true })).count;
  for (const d of desired) {
    const old = have.get(pair(d));
    if (old && old.mergeType !== d.mergeType) {
      await tx.historicalUnitMapping.update({ where: { historicalUnitId_unitId: { historicalUnitId: d.historicalUnitId, unitId: d.unitId } }, data: { mergeType: d.mergeType } });
      mappings.updated++;
    }
  }
  // A mapping the data no longer lists (a corrected CSV) would send lookups to the wrong commune.
  for (const stale of current.filter((m) => !want.has(pair(m)))) {
    await tx.historicalUnitMapping.delete({ where: { historicalUnitId_unitId: { historicalUnitId: stale.historicalUnitId, unitId: stale.unitId } } });
    mappings.deleted++;
  }
  return { historicalUnits: { created, updated }, mappings };
}
